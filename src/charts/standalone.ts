/** The colours of a downloaded SVG file: the light theme, inlined (no page CSS to inherit). */
export const STANDALONE_CSS = [
  'svg{font-family:-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:12px;background:#fff}',
  'text{fill:#1c1c1e}.tick,.small{fill:#55585e;font-size:11px}.group{font-weight:700}',
  '.axis{stroke:#1c1c1e}.grid{stroke:#e2ded5}',
  '.fill-target,.fill-growth,.dot{fill:#0072b2}.fill-decline{fill:#c85200}.fill-baseline{fill:#8a857c}',
  '.dot{stroke:#fff;stroke-width:1.5}.dot-label{fill:#fff;font-size:11px;font-weight:700}',
  '.segment,.swatch{stroke:#1c1c1e;stroke-width:.6}',
  '.fill-0{fill:#0072b2}.fill-1{fill:#d55e00}.fill-2{fill:#009e73}.fill-3{fill:#e69f00}.fill-4{fill:#cc79a7}.fill-5{fill:#56b4e9}.fill-6{fill:#f0e442}.fill-7{fill:#1c1c1e}.fill-8{fill:#999}',
  '.heat-1{fill:#e3eef7}.heat-2{fill:#bcd7ec}.heat-3{fill:#8dbbdf}.heat-4{fill:#2a72ad}.heat-5{fill:#0b4f80}',
  '.cell-label{font-size:10px}.heat-text-4,.heat-text-5{fill:#fff}',
].join('');
