import { ConfirmDialog } from '../instrument-kit/ConfirmDialog';

/** The question before "Opnieuw beginnen" empties the matrix; loaded when first asked. */
export function ResetDialog(props: {
  open: boolean;
  workTitle: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ConfirmDialog
      open={props.open}
      title="Deze partnermatrix leegmaken?"
      confirmLabel="Ja, maak leeg"
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      <p>
        Alle doelen en partners van “{props.workTitle}” gaan weg. Met “Ongedaan maken” zet je ze
        terug, ook na herladen. Wil je juist iets nieuws naast dit werk beginnen? Kies dan “Nieuw,
        leeg werk” onder Mijn werk.
      </p>
    </ConfirmDialog>
  );
}
