#!/usr/bin/env python3
"""Make a Hugo site that writes the same pages as one oit build.

Usage: hugo-site.py OIT_SITE_DIR OUT_DIR

Every HTML page oit wrote becomes a Hugo content page (.html, so Hugo renders no Markdown) whose
body is the page's <main>, and whose front matter holds what oit's layout put around it: title,
description, canonical address, the relative root, the breadcrumbs. Each agency's header and footer
(name, place, logo, years, English name, address, phone, e-mail, website) go into a Hugo data file
per agency. Hugo's layouts mirror oit's layout.mustache (and agencies.mustache for the list of
agencies), so Hugo writes the same pages with the same text; every other file oit wrote (style
sheet, fonts, logo, CSV, JSON, sitemap.xml, robots.txt) is a static file Hugo copies. Hugo thus
does strictly less work per page than oit (no YAML domain model, no checks, no scoring, no
Markdown): a lower bound for a peer generator writing the same output.

compare-sites.py checks the result: same files, same text on every page.
"""
import html
import json
import os
import re
import shutil
import sys

# Hugo's layout for the pages of an agency: oit's Templates/layout.mustache, line by line.
LAYOUT = """{{- $a := index site.Data.agencies .Params.agency -}}
{{- $root := .Params.root -}}
<!DOCTYPE html>
<html lang="{{ .Params.lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title>
<meta name="description" content="{{ .Params.description }}">
{{ with .Params.canonical }}<link rel="canonical" href="{{ . }}">{{ end }}
<link rel="stylesheet" href="{{ $root }}assets/style.css">
</head>
<body>
<a class="skip" href="#main">ข้ามไปยังเนื้อหา</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="{{ $root }}index.html">
      {{ with $a.logo }}<img src="{{ $root }}{{ . }}" alt="" width="48" height="48">{{ end }}
      <span class="brand-text"><span class="brand-name">{{ $a.name }}</span>
      <span class="brand-place">{{ $a.place }}</span></span>
    </a>
    <nav class="site-nav" aria-label="เมนูหลัก">
      <ul>
        {{ range $a.years }}<li><a href="{{ $root }}{{ .href }}">OIT {{ .label }}</a></li>{{ end }}
        <li><a href="{{ $root }}contact/index.html">ติดต่อ</a></li>
        <li><a href="{{ $root }}sitemap/index.html">แผนผังเว็บไซต์</a></li>
      </ul>
    </nav>
  </div>
</header>
{{ with .Params.crumbs }}
<nav class="crumbs wrap" aria-label="ตำแหน่งของหน้านี้">
  <ol>
    <li><a href="{{ $root }}index.html">หน้าแรก</a></li>
    {{ range . }}<li>{{ if .href }}<a href="{{ $root }}{{ .href }}">{{ .title }}</a>{{ else }}<span aria-current="page">{{ .title }}</span>{{ end }}</li>{{ end }}
  </ol>
</nav>
{{ end }}
<main id="main" class="wrap">
{{ .Content }}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p><strong>{{ $a.name }}</strong>{{ with $a.nameEnglish }} · <span lang="en">{{ . }}</span>{{ end }}</p>
    {{ with $a.address }}<p>{{ . }}</p>{{ end }}
    <p>{{ with $a.phone }}โทรศัพท์ {{ . }}{{ if $a.email }} · {{ end }}{{ end }}{{ with $a.email }}อีเมล <a href="mailto:{{ . }}">{{ . }}</a>{{ end }}</p>
    <p><a href="{{ $a.website }}">เว็บไซต์หลักของหน่วยงาน</a> · <a href="{{ $root }}contact/index.html">ติดต่อ</a> · <a href="{{ $root }}sitemap/index.html">แผนผังเว็บไซต์</a> · <a href="{{ $root }}privacy/index.html">นโยบายความเป็นส่วนตัว</a></p>
  </div>
</footer>
</body>
</html>
"""

# Hugo's home page: oit's Templates/agencies.mustache (the list of agencies is the page's content).
HOME = """<!DOCTYPE html>
<html lang="{{ .Params.lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title>
<link rel="stylesheet" href="{{ .Params.root }}assets/style.css">
</head>
<body>
<main id="main" class="wrap">
{{ .Content }}
</main>
</body>
</html>
"""

CONFIG = """baseURL = "https://example.go.th/"
languageCode = "th"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
disableHugoGeneratorInject = true
[markup.goldmark.renderer]
unsafe = true
"""

MAIN = re.compile(r'<main id="main" class="wrap">\n(.*)\n</main>', re.S)


def first(pattern, text, default=""):
    found = re.search(pattern, text, re.S)
    return html.unescape(found.group(1)) if found else default


def page_data(text):
    """What oit's layout put around <main>: the per-page values, unescaped (Hugo escapes them again)."""
    root = first(r'<link rel="stylesheet" href="(.*?)assets/style\.css">', text)
    crumbs = []
    nav = re.search(r'<nav class="crumbs wrap"[^>]*>\s*<ol>\s*<li>.*?</li>(.*?)</ol>', text, re.S)
    if nav:
        for link, title, current in re.findall(r'<li>(?:<a href="([^"]*)">(.*?)</a>|<span aria-current="page">(.*?)</span>)</li>',
                                               nav.group(1), re.S):
            if link:
                crumbs.append({"href": html.unescape(link[len(root):]), "title": html.unescape(title)})
            else:
                crumbs.append({"title": html.unescape(current)})
    return {"title": first(r"<title>(.*?)</title>", text), "lang": first(r'<html lang="(.*?)">', text, "th"),
            "description": first(r'<meta name="description" content="(.*?)">', text),
            "canonical": first(r'<link rel="canonical" href="(.*?)">', text), "root": root, "crumbs": crumbs}


def agency_data(text, root):
    """An agency's header and footer, read from its home page."""
    strip = lambda url: html.unescape(url[len(root):])
    footer = re.search(r'<footer class="site-footer">\s*<div class="wrap">(.*?)</div>\s*</footer>', text, re.S).group(1)
    lines = re.findall(r"<p>(.*?)</p>", footer, re.S)
    contact = lines[-2]
    logo = re.search(r'<img src="([^"]*)" alt="" width="48" height="48">', text)
    return {"name": first(r'<span class="brand-name">(.*?)</span>', text),
            "place": first(r'<span class="brand-place">(.*?)</span>', text),
            "logo": strip(logo.group(1)) if logo else "",
            "years": [{"href": strip(h), "label": html.unescape(l)}
                      for h, l in re.findall(r'<li><a href="([^"]*)">OIT (.*?)</a></li>', text)],
            "nameEnglish": first(r'<span lang="en">(.*?)</span>', lines[0]),
            "address": html.unescape(lines[1]) if len(lines) == 4 else "",
            "phone": first(r"โทรศัพท์ (.*?)(?: · |$)", contact),
            "email": first(r'<a href="mailto:(.*?)">', contact),
            "website": first(r'<a href="([^"]*)">เว็บไซต์หลักของหน่วยงาน</a>', footer)}


def write(path, front, body):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(front, ensure_ascii=False) + "\n" + body)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    src, out = sys.argv[1], sys.argv[2]
    shutil.rmtree(out, ignore_errors=True)
    for folder in ("layouts/_default", "content", "static", "data/agencies"):
        os.makedirs(os.path.join(out, folder))
    open(os.path.join(out, "config.toml"), "w").write(CONFIG)
    for name in ("single.html", "list.html"):
        open(os.path.join(out, "layouts/_default", name), "w", encoding="utf-8").write(LAYOUT)
    open(os.path.join(out, "layouts/index.html"), "w", encoding="utf-8").write(HOME)

    pages = statics = 0
    for folder, _, files in os.walk(src):
        for name in files:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, src)
            if not name.endswith(".html"):
                target = os.path.join(out, "static", rel)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.copyfile(path, target)
                statics += 1
                continue
            text = open(path, encoding="utf-8").read()
            front = page_data(text)
            body = MAIN.search(text).group(1)
            parts = rel.split(os.sep)
            pages += 1
            if rel == "index.html":                      # the list of agencies: Hugo's home page
                write(os.path.join(out, "content/_index.html"), front, body)
                continue
            slug = parts[0]
            front["agency"] = slug
            if parts[1:] == ["index.html"]:              # the agency's home: its Hugo section page
                write(os.path.join(out, "content", slug, "_index.html"), front, body)
                with open(os.path.join(out, "data/agencies", slug + ".json"), "w", encoding="utf-8") as f:
                    json.dump(agency_data(text, front["root"]), f, ensure_ascii=False)
                continue
            # Any other page: a regular page whose url puts it where oit wrote it.
            inner = parts[1:-1] if name == "index.html" else parts[1:]
            front["url"] = "/" + "/".join([slug] + inner) + ("/" if name == "index.html" else "")
            write(os.path.join(out, "content", slug, "-".join(inner).replace(".html", "") + ".html"), front, body)
    print(f"hugo site: {pages} pages, {statics} static files from {src}", file=sys.stderr)


if __name__ == "__main__":
    main()
