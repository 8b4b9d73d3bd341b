import { memo, type ReactNode } from 'react';
import type { Culture } from '../../../shared/model';
import { useT } from '../../i18n';
import { CENTRE, PLOT, PLOT_BOTTOM, PLOT_RIGHT, VIEW } from './geometry';
import { DESCRIPTION_KEYS, QUADRANT_KEYS } from './labels';

const HALF_W = PLOT.width / 2;
const HALF_H = PLOT.height / 2;
const INSET = 18;

/** The four cultures by where they sit: actuality on the left, personal at the top. */
const QUADRANTS: readonly { culture: Culture; left: boolean; top: boolean }[] = [
  { culture: 'collaboration', left: true, top: true },
  { culture: 'cultivation', left: false, top: true },
  { culture: 'control', left: true, top: false },
  { culture: 'competence', left: false, top: false },
];

/** An arrowhead at the end of an axis, pointing the given way. */
function Arrowhead({ px, py, towards }: { px: number; py: number; towards: 'left' | 'right' | 'up' | 'down' }) {
  const s = 14;
  const points = {
    left: `${px},${py} ${px + s},${py - s / 1.6} ${px + s},${py + s / 1.6}`,
    right: `${px},${py} ${px - s},${py - s / 1.6} ${px - s},${py + s / 1.6}`,
    up: `${px},${py} ${px - s / 1.6},${py + s} ${px + s / 1.6},${py + s}`,
    down: `${px},${py} ${px - s / 1.6},${py - s} ${px + s / 1.6},${py - s}`,
  }[towards];
  return <polygon points={points} className="culture-axis-head" />;
}

/** A label that wraps, in the language's own direction, at a fixed place on the grid. */
function Label({ x, y, width, height, dir, className, children }: { x: number; y: number; width: number; height: number; dir: 'ltr' | 'rtl'; className: string; children: ReactNode }) {
  return (
    <foreignObject x={x} y={y} width={width} height={height} className="culture-label-box">
      <div dir={dir} className={className}>
        {children}
      </div>
    </foreignObject>
  );
}

/** The grid without its markers: quadrants with their names and descriptions, the axes and their ends. */
export const GridBackdrop = memo(function GridBackdrop({ dir }: { dir: 'ltr' | 'rtl' }) {
  const { t } = useT();
  return (
    <g className="culture-backdrop">
      {QUADRANTS.map(({ culture, left, top }) => {
        const x = left ? PLOT.left : CENTRE.px;
        const y = top ? PLOT.top : CENTRE.py;
        return (
          <g key={culture} className={`culture-quadrant culture-quadrant-${culture}`}>
            <rect x={x} y={y} width={HALF_W} height={HALF_H} />
            <Label
              x={x + INSET}
              y={y + INSET}
              width={HALF_W - 2 * INSET}
              height={HALF_H - 2 * INSET}
              dir={dir}
              className={`culture-quadrant-label ${top ? 'at-top' : 'at-bottom'} ${left ? 'at-left' : 'at-right'}`}
            >
              <p className="culture-quadrant-name">{t(QUADRANT_KEYS[culture])}</p>
              <p className="culture-quadrant-text">{t(DESCRIPTION_KEYS[culture])}</p>
            </Label>
          </g>
        );
      })}
      <rect className="culture-plot" x={PLOT.left} y={PLOT.top} width={PLOT.width} height={PLOT.height} />
      <line className="culture-axis" x1={PLOT.left} y1={CENTRE.py} x2={PLOT_RIGHT} y2={CENTRE.py} />
      <line className="culture-axis" x1={CENTRE.px} y1={PLOT.top} x2={CENTRE.px} y2={PLOT_BOTTOM} />
      <Arrowhead px={PLOT.left} py={CENTRE.py} towards="left" />
      <Arrowhead px={PLOT_RIGHT} py={CENTRE.py} towards="right" />
      <Arrowhead px={CENTRE.px} py={PLOT.top} towards="up" />
      <Arrowhead px={CENTRE.px} py={PLOT_BOTTOM} towards="down" />

      <Label x={4} y={CENTRE.py - 90} width={PLOT.left - 14} height={180} dir={dir} className="culture-axis-label">
        <p className="culture-axis-name">{t('culture.actuality')}</p>
        <p className="culture-axis-hint">{t('culture.actualityHint')}</p>
      </Label>
      <Label x={PLOT_RIGHT + 10} y={CENTRE.py - 90} width={VIEW.width - PLOT_RIGHT - 14} height={180} dir={dir} className="culture-axis-label">
        <p className="culture-axis-name">{t('culture.possibility')}</p>
        <p className="culture-axis-hint">{t('culture.possibilityHint')}</p>
      </Label>
      <Label x={PLOT.left} y={0} width={PLOT.width} height={PLOT.top - 4} dir={dir} className="culture-axis-label at-top">
        <p className="culture-axis-name">{t('culture.personal')}</p>
        <p className="culture-axis-hint">{t('culture.personalHint')}</p>
      </Label>
      <Label x={PLOT.left} y={PLOT_BOTTOM + 4} width={PLOT.width} height={VIEW.height - PLOT_BOTTOM - 4} dir={dir} className="culture-axis-label">
        <p className="culture-axis-name">{t('culture.impersonal')}</p>
        <p className="culture-axis-hint">{t('culture.impersonalHint')}</p>
      </Label>
    </g>
  );
});
