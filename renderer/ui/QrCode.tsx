import { useMemo } from 'react';
import { create } from 'qrcode';

/**
 * A QR code of `text`, drawn as SVG squares from the code's modules (no markup string, no
 * image): sharp at any size, on a projector or a printed page. A quiet zone of four modules.
 */
export function QrCode({ text, size, label }: { text: string; size: number; label: string }) {
  const path = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    }
    return { d, extent: modules.size + 8 };
  }, [text]);
  return (
    <svg className="qr-code" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${path.extent} ${path.extent}`} shapeRendering="crispEdges">
      <rect width={path.extent} height={path.extent} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
