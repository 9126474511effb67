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
  const { size, path } = qrPath(props.url);
  // The whole height where the link still fits beside it; at least 60 % of the view.
  const side = Math.floor(Math.min(props.box.height, props.box.width * 0.62));
  return (
    <div class="beamer-join">
      <svg
        class="beamer-qr"
        width={side}
        height={side}
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-label={`QR-code van de link ${props.url}`}
        shape-rendering="crispEdges"
      >
        <rect width={size} height={size} fill="#ffffff" />
        <path d={path} fill="#000000" />
      </svg>
      <div class="beamer-join__text">
        <p>{props.intro}</p>
        <p class="beamer-join__link">{props.url}</p>
      </div>
    </div>
  );
}
