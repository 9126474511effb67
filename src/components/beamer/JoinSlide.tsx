import { qrPath } from '../../lib/instrument-kit/qr-code';

/**
 * A participant link for the room: a large QR code (black on white, also in the dark theme) and
 * the link as text beside it, for whoever types it over.
 */
export function JoinSlide(props: {
  url: string;
  /** What a participant does after opening the link. */
  intro: string;
  box: { width: number; height: number };
}) {
  let qr: ReturnType<typeof qrPath> | null = null;
  try {
    qr = qrPath(props.url);
  } catch {
    // Longer than a QR code holds: the link alone, to send by chat or e-mail.
  }
  // The whole height where the link still fits beside it; at least 60 % of the view.
  const side = Math.floor(Math.min(props.box.height, props.box.width * 0.62));
  return (
    <div class="beamer-join">
      {qr ? (
        <svg
          class="beamer-qr"
          width={side}
          height={side}
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          role="img"
          aria-label={`QR-code van de link ${props.url}`}
          shape-rendering="crispEdges"
        >
          <rect width={qr.size} height={qr.size} fill="#ffffff" />
          <path d={qr.path} fill="#000000" />
        </svg>
      ) : (
        <p>Deze link is te lang voor een QR-code. Stuur hem via de chat of per e-mail.</p>
      )}
      <div class="beamer-join__text">
        <p>{props.intro}</p>
        <p class="beamer-join__link">{props.url}</p>
      </div>
    </div>
  );
}
