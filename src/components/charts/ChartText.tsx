import { paint } from '../../lib/charts/palette';
import type { TextLine } from '../../lib/charts/text';

/** Laid-out lines of chart text (see text.ts), each as a text node: never markup. */
export function ChartText(props: { lines: readonly TextLine[]; halo?: boolean }) {
  return (
    <>
      {props.lines.map((line, index) => (
        <text
          key={index}
          x={line.x}
          y={line.y}
          font-size={line.size}
          font-weight={line.bold ? 600 : undefined}
          text-anchor={line.anchor && line.anchor !== 'start' ? line.anchor : undefined}
          {...paint(line.muted ? 'mutedText' : 'text', props.halo ? 'background' : undefined)}
          paint-order={props.halo ? 'stroke' : undefined}
          stroke-width={props.halo ? 3 : undefined}
        >
          {line.text}
        </text>
      ))}
    </>
  );
}
