import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// The frame of every editor page: language, title, the path back up, a note that the page exists
/// only on this computer, and the style. Every value put into a page goes through `HTML.escape`.
enum EditorPage {
    /// One step of the path back up (`หน่วยงาน › อบต.ทดสอบ › 2566`); the last is the page itself.
    struct Crumb {
        var label: String
        var href: String?
    }

    static func html(fonts slug: String?, title: String, crumbs: [Crumb], body: String, language: Language) -> String {
        let th = language == .thai
        let trail = crumbs.map { crumb in
            crumb.href.map { "<li><a href=\"\(HTML.escape($0))\">\(HTML.escape(crumb.label))</a></li>" }
                ?? "<li aria-current=\"page\">\(HTML.escape(crumb.label))</li>"
        }.joined()
        let note =
            th
            ? "ตัวแก้ไขนี้เปิดได้เฉพาะบนเครื่องนี้ (oit serve) บันทึกลงไฟล์เนื้อหาโดยตรง และไม่อยู่ในเว็บไซต์ที่เผยแพร่"
            : "This editor opens only on this computer (oit serve); it saves into the content files and is not part of the published site."
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) · \(th ? "แก้ไขเนื้อหา" : "content editor")</title>
            <style>\(fonts(slug))\(style)</style></head>
            <body><header><nav aria-label="\(th ? "ตำแหน่ง" : "Breadcrumb")"><ol class="crumbs">\(trail)</ol></nav></header>
            <main>
            <h1>\(HTML.escape(title))</h1>
            <p class="note">\(HTML.escape(note))</p>
            \(body)</main></body></html>

            """
    }

    /// The built-in theme's Laksaman from the preview of agency `slug`.
    private static func fonts(_ slug: String?) -> String {
        guard let slug else { return "" }
        let folder = "/" + Route.asset("fonts/").href(inAgency: slug)
        return [("Laksaman.woff", 400), ("Laksaman-Bold.woff", 700)].map {
            "@font-face{font-family:\"Laksaman\";src:url(\"\(HTML.escape(folder + $0.0))\") format(\"woff\");"
                + "font-weight:\($0.1);font-display:swap}\n"
        }.joined()
    }

    /// A message box: saved, refused, or a list of problems.
    static func notice(_ text: String, kind: String) -> String {
        "<div class=\"notice \(kind)\" role=\"\(kind == "ok" ? "status" : "alert")\">\(HTML.escape(text))</div>\n"
    }

    /// Readable on a phone and a desktop, Thai fonts first; contrast at least 4.5:1 (WCAG AA);
    /// focus always visible.
    static let style = """
        body{margin:0;font-family:"Laksaman","Noto Sans Thai","Sarabun",system-ui,sans-serif;line-height:1.6;\
        color:#1a1a1a;background:#fff;font-size:1.05rem}
        header{background:#f2f2f2;border-bottom:1px solid #ccc}
        .crumbs{list-style:none;margin:0 auto;padding:.5rem 1rem;max-width:60rem;display:flex;flex-wrap:wrap;gap:.25rem}
        .crumbs li+li::before{content:"›";margin-right:.25rem;color:#555}
        main{max-width:60rem;margin:0 auto;padding:1rem}
        h1{font-size:1.5rem;line-height:1.3}h2{font-size:1.25rem;margin-top:2rem}
        a{color:#0645ad}a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #b35c00;outline-offset:2px}
        .note{background:#fff4d6;border-left:4px solid #8a6100;padding:.5rem .75rem}
        .notice{padding:.5rem .75rem;margin:1rem 0;border-left:4px solid}
        .notice.ok{background:#e8f5e9;border-color:#2e7d32}.notice.error{background:#fdecea;border-color:#b00020}
        .notice.warning{background:#fff4d6;border-color:#8a6100}
        label,legend{display:block;font-weight:bold;margin-top:1rem}
        input[type=text],input[type=url],select,textarea{display:block;width:100%;box-sizing:border-box;font:inherit;\
        padding:.4rem;border:1px solid #666;border-radius:3px}
        textarea{min-height:8rem}fieldset{border:1px solid #999;margin:1rem 0;padding:.5rem 1rem}
        .check{display:flex;gap:.5rem;align-items:flex-start;font-weight:normal;margin:.4rem 0}
        .check input{margin-top:.35rem;width:1.2rem;height:1.2rem;flex:none}
        .hint{color:#444;font-size:.95rem;margin:.25rem 0}.problem{color:#b00020;font-weight:bold;margin:.25rem 0}
        button{font:inherit;padding:.4rem .9rem;border:1px solid #0645ad;background:#fff;color:#0645ad;border-radius:3px;\
        cursor:pointer;margin:.25rem .25rem .25rem 0}
        button.primary{background:#0645ad;color:#fff;font-weight:bold;padding:.6rem 1.4rem}
        .evidence{border:1px solid #ccc;padding:.5rem 1rem;margin:.5rem 0}
        .table{overflow-x:auto}table{border-collapse:collapse;width:100%}
        th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
        .slug{color:#444;font-size:.85rem;margin-left:.25rem}
        @media (max-width:40em){table.items,table.items caption,table.items tbody,table.items tr,table.items th,\
        table.items td{display:block}\
        table.items thead tr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);\
        clip-path:inset(50%);white-space:nowrap}\
        table.items caption{text-align:left;font-weight:bold}\
        table.items tbody tr{border:1px solid #999;margin:0 0 .75rem;padding:.25rem 0}\
        table.items th,table.items td{border:0;padding:.15rem .6rem}table.items tbody th{font-size:1.05rem}\
        table.items td::before{content:attr(data-label) ": ";font-weight:bold}\
        table.items td::before{content:attr(data-label) ": " / ""}\
        table.items td ul{margin:.1rem 0 .1rem 1.25rem;padding:0}}
        .diff{font-family:monospace;white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #999;padding:.5rem}
        .diff .added{background:#e6ffed;display:block}.diff .removed{background:#ffeef0;display:block}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0}
        """
}
