// The site's stylesheets: the page frame, the content (scoped under .qz so CMS fragments can reuse it) and print.

/** A CSS string literal: quotes, backslashes, line breaks and `<` escaped, so a title cannot end the string or a style block. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** Header, navigation and footer of the stand-alone site (a CMS supplies its own). */
const frameCss = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.7;color:#1a1a1a;background:#f6f7f9}
.skip,.vh{position:absolute;left:-9999px;top:0}
.skip:focus{left:.5rem;top:.5rem;z-index:10;background:#fff;padding:.5rem;border:2px solid #0b4f9c}
.site-header{background:#0b4f9c;color:#fff}
.site-header .bar{max-width:64rem;margin:0 auto;padding:.75rem 1rem;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem}
.site-title{color:#fff;font-size:1.2rem;font-weight:700;text-decoration:none;display:flex;align-items:center;gap:.5rem}
.site-title img{height:2.25rem;width:auto}
.site-nav{background:#093f7c}
.site-nav ul{max-width:64rem;margin:0 auto;padding:.25rem 1rem;list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.site-nav a{color:#fff;text-decoration:none;display:inline-block;padding:.35rem 0}
.site-nav a:hover,.site-nav a:focus{text-decoration:underline}
.site-nav a[aria-current="page"]{font-weight:700;text-decoration:underline}
.site-search{margin-left:auto;display:flex;gap:.25rem}
.site-search input{min-width:0;width:12rem;max-width:60vw;padding:.3rem .5rem;border:1px solid #fff;border-radius:3px;font:inherit}
.site-search button{padding:.3rem .6rem;border:1px solid #fff;border-radius:3px;background:#fff;color:#0b4f9c;font:inherit;cursor:pointer}
.site-main{max-width:64rem;margin:0 auto;padding:1rem;background:#fff;min-height:60vh}
.crumbs ol{list-style:none;margin:0 0 .5rem;padding:0;display:flex;flex-wrap:wrap;font-size:.9rem;color:#444}
.crumbs li+li::before{content:"›";padding:0 .4rem}
.site-footer{max-width:64rem;margin:0 auto;padding:1rem;font-size:.85rem;color:#444}
`;

/** Everything inside the content area. Every selector starts with .qz, so it styles nothing of a host page. */
export const contentCss = `
.qz{overflow-wrap:anywhere;word-break:normal}
.qz h1{font-size:1.5rem;line-height:1.4;margin:.25rem 0 1rem}
.qz h2{font-size:1.2rem;margin:1.75rem 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid #d7e3f3}
.qz h3{font-size:1.05rem;margin:1.25rem 0 .4rem}
.qz a{color:#0b4f9c}
.qz a:visited{color:#5a2e8a}
.qz p,.qz ul,.qz ol{margin:.4rem 0}
.qz .lead{color:#333}
.qz .pre{white-space:pre-line}
.qz .muted{color:#555}
.qz .badge{display:inline-block;padding:0 .45rem;border-radius:3px;background:#e8eef7;color:#0b3a73;font-size:.85rem}
.qz .badge.inferred{background:#fff4d6;color:#6b4700}
.qz .badge.bad{background:#fde8e8;color:#8a1c1c}
.qz dl.fields{display:grid;grid-template-columns:minmax(6rem,10rem) 1fr;gap:.35rem 1rem;margin:.5rem 0}
.qz dl.fields dt{font-weight:700;color:#333}
.qz dl.fields dd{margin:0}
.qz dl.fields dd>ul{margin-top:0}
.qz .table-wrap{overflow-x:auto;margin:.5rem 0}
.qz table{border-collapse:collapse;width:100%;font-size:.95rem}
.qz caption{text-align:left;font-weight:700;padding:.25rem 0}
.qz th,.qz td{border:1px solid #c9d3e0;padding:.35rem .5rem;text-align:left;vertical-align:top}
.qz thead th{background:#eef3fa}
.qz td.num,.qz th.num{text-align:right;font-variant-numeric:tabular-nums}
.qz .cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.5rem}
.qz .cards li{border:1px solid #c9d3e0;border-radius:4px;padding:.5rem .75rem}
.qz .totals{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;list-style:none;padding:0}
.qz .totals strong{font-size:1.4rem;display:block}
.qz .power-list{padding-left:1.25rem}
.qz .power-list li{margin:.2rem 0}
.qz .code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.85rem;color:#444}
.qz .citations li{margin:.35rem 0}
.qz blockquote{margin:.25rem 0 .5rem;padding:.25rem .75rem;border-left:3px solid #c9d3e0;color:#333}
.qz .steps li{margin:.3rem 0}
.qz .steps dl.fields{grid-template-columns:5em 1fr;gap:.1rem .75rem;margin:.2rem 0 .6rem}
.qz .flow{overflow-x:auto;margin:.5rem 0}
.qz .flow svg{max-width:100%;height:auto}
.qz figure{margin:.75rem 0}
.qz .chart svg{width:100%;height:auto;max-width:48rem}
.qz .downloads li{margin:.3rem 0}
.qz .toc ol{padding-left:1.25rem}
.qz .search-form{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:flex-end}
.qz .search-form p{margin:.25rem 0;display:flex;flex-direction:column}
.qz .search-form input,.qz .search-form select,.qz .search-form button{font:inherit;padding:.3rem .5rem;border:1px solid #767676;border-radius:3px;max-width:100%}
.qz .search-form input{width:18rem}
.qz .search-form button{background:#0b4f9c;color:#fff;border-color:#0b4f9c;cursor:pointer}
.qz .search-status{color:#333}
.qz .search-results li{margin:.35rem 0}
.qz .search-meta{display:block;font-size:.85rem;color:#444}
@media (max-width:40rem){.qz dl.fields{grid-template-columns:6.5em 1fr;gap:.3rem .75rem}.qz .steps dl.fields{grid-template-columns:5em 1fr}.qz h1{font-size:1.3rem}.qz ul,.qz ol{padding-left:1.4rem}.qz .crumbs ol{padding:0}}
`;

/** Print: no navigation, black on white, URLs of downloads not needed; the booklet breaks per department and power. */
function printCss(title: string): string {
  return `
@page{size:A4;margin:18mm 15mm 16mm;@top-center{content:${cssString(title)};font-size:9pt;color:#444}@bottom-center{content:counter(page);font-size:9pt}}
@media print{
body{background:#fff;font-size:11pt}
.site-nav,.site-search,.skip,.crumbs,.no-print{display:none!important}
.site-header{background:#fff;color:#000;border-bottom:1px solid #000}
.site-title{color:#000}
.site-main{max-width:none;padding:0}
.qz a{color:#000;text-decoration:none}
.qz .table-wrap{overflow:visible}
.qz .flow{overflow:visible;break-inside:avoid}
.qz .flow svg{max-height:235mm;width:auto;max-width:100%}
.qz .flow-text{display:none}
.qz table{page-break-inside:auto}
.qz tr,.qz blockquote,.qz dl.fields>*{break-inside:avoid}
.qz h2,.qz h3{break-after:avoid}
.qz .booklet-department{break-before:page}
.qz .booklet-power{break-before:page}
.qz .booklet-running{display:block}
}
.qz .booklet-running{display:none;font-size:9pt;color:#444;border-bottom:1px solid #999;margin-bottom:.5rem}
`;
}

/** The stand-alone site's one stylesheet, linked from every page (screen and print). */
export function siteStylesheet(title: string): string {
  return `${frameCss.trim()}\n${contentCss.trim()}\n${printCss(title).trim()}\n`;
}
