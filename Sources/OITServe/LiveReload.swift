import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// The script that reloads open pages after a rebuild and shows build errors over the page.
/// It is added to HTML only as the preview server sends it: never to the files of a build.
enum LiveReload {
    static let versionPath = "/__oit/version"
    static let scriptPath = "/__oit/live.js"

    /// `html` with the script tag before `</body>` (or at the end), remembering the build it
    /// was served from.
    static func inject(into html: String, version: Int) -> String {
        let tag = "<script src=\"\(scriptPath)\" data-version=\"\(version)\"></script>\n"
        if let range = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) {
            return html.replacingCharacters(in: range.lowerBound..<range.lowerBound, with: tag)
        }
        return html + tag
    }

    /// `{"version":3,"error":null}`: the number of the last good build, and the text of the
    /// last build's errors when it failed.
    static func status(version: Int, error: String?) -> String {
        JSONLine.encode(Status(version: version, error: error))
    }

    struct Status: Encodable {
        var version: Int
        var error: String?

        enum CodingKeys: String, CodingKey { case version, error }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(version, forKey: .version)
            try container.encode(error, forKey: .error)
        }
    }

    /// A whole page for when no build has succeeded yet: the errors, and the script that
    /// reloads once they are fixed.
    static func errorPage(_ error: String, version: Int) -> String {
        inject(
            into: """
                <!DOCTYPE html>
                <html lang="th"><head><meta charset="utf-8"><title>oit serve: สร้างเว็บไซต์ไม่สำเร็จ</title></head>
                <body style="font-family: sans-serif; margin: 2rem">
                <h1>สร้างเว็บไซต์ไม่สำเร็จ / Build failed</h1>
                <pre style="white-space: pre-wrap">\(HTML.escape(error))</pre>
                </body></html>
                """, version: version)
    }

    static let script = """
        // oit serve: reloads this page after a rebuild, shows build errors over it.
        (function () {
          var script = document.currentScript;
          var seen = script ? Number(script.dataset.version) : -1;
          var box = null;
          function show(text) {
            if (!text) { if (box) { box.remove(); box = null; } return; }
            if (!box) {
              box = document.createElement('div');
              box.id = 'oit-build-error';
              box.setAttribute('role', 'alert');
              box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;' +
                'background:rgba(20,20,20,.94);color:#fff;font-size:15px;line-height:1.6;white-space:pre-wrap;' +
                // Thai letters from the page's own font: monospace fonts seldom have them.
                'font-family:"DejaVu Sans Mono",Menlo,Consolas,"Laksaman","Noto Sans Thai",monospace';
              document.body.appendChild(box);
            }
            box.textContent = 'สร้างเว็บไซต์ไม่สำเร็จ / Build failed: ยังแสดงฉบับล่าสุดที่สร้างได้ / showing the last good build\\n\\n' + text;
          }
          function poll() {
            fetch('\(versionPath)', { cache: 'no-store' })
              .then(function (response) { return response.json(); })
              .then(function (status) {
                if (status.version !== seen) { location.reload(); return; }
                show(status.error);
                setTimeout(poll, 500);
              })
              .catch(function () { setTimeout(poll, 1000); });
          }
          setTimeout(poll, 500);
        })();

        """
}
