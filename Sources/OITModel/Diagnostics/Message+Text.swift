import Foundation

/// The wording of every message, Thai and English side by side: the one place where a message's
/// values become text. Each family of messages is worded in its own function; findings that are
/// enums of their own (`YearFinding`, `ITASFinding`, `LinkFinding`) word themselves.
extension Message {
    /// The message in both languages, with the files it names shown by `show`: the function of its
    /// family (`Message+Family.swift` tells why no switch here needs a `default:`).
    package func wording(showing show: ShowFile) -> Wording {
        switch family {
        case .files: return fileWording(show)
        case .values: return valueWording(show)
        case .frameworks: return frameworkWording(show)
        case .items: return itemWording(show)
        case .results: return resultWording(show)
        case .templates: return templateWording(show)
        case .output: return outputWording(show)
        case .input: return inputWording(show)
        case .findings: return findingWording(show)
        }
    }

    /// Findings that are enums of their own word themselves.
    private func findingWording(_ show: ShowFile) -> Wording {
        switch self {
        case .fiscalYear(let finding): return finding.wording(showing: show)
        case .itas(let finding): return finding.wording
        case .link(let finding): return finding.wording
        case .edit(let finding): return finding.wording
        default: misrouted(.findings)
        }
    }

    /// `file:line:col` of a second place a message names.
    private func place(_ location: SourceLocation, _ show: ShowFile) -> String { location.shown(show) }

    /// Files and folders: unreadable, missing, stray or misnamed.
    private func fileWording(_ show: ShowFile) -> Wording {
        switch self {
        case .unreadableFile(let file):
            let path = show(file)
            return Wording(th: "อ่านไฟล์ \(path) ไม่ได้", en: "cannot read \(path)")
        case .cannotWrite(let file, let reason):
            let path = show(file)
            return Wording(th: "เขียน \(path) ไม่ได้ (\(reason))", en: "cannot write \(path) (\(reason))")
        case .missingFile(let file):
            let path = show(file)
            return Wording(th: "ไม่พบไฟล์ \(path)", en: "file not found: \(path)")
        case .noAgencies(let file):
            let path = show(file)
            return Wording(
                th: "ไม่พบหน่วยงานใน \(path) (ต้องมีโฟลเดอร์ agencies/<ชื่อหน่วยงาน>/agency.yaml)",
                en: "no agencies in \(path) (expected agencies/<name>/agency.yaml)")
        case .strayFolder(let name):
            return Wording(
                th: "โฟลเดอร์ \"\(name)\" ไม่ใช่ปีงบประมาณ (ต้องเป็นตัวเลขปี พ.ศ. เช่น 2566) จึงไม่ถูกนำไปสร้างเว็บไซต์",
                en: "folder \"\(name)\" is not a fiscal year (e.g. 2566) and is not built")
        case .strayFile(let file):
            let path = show(file)
            return Wording(
                th: "ไฟล์ \(path) ไม่ได้ถูกนำไปสร้างเว็บไซต์ (ในโฟลเดอร์ items/ ใช้ได้เฉพาะไฟล์ .md ที่ตั้งชื่อตามรหัสข้อ เช่น o12.md)",
                en: "file \(path) is not built (items/ takes only .md files named by item code, e.g. o12.md)")
        case .unknownContentFile(let file, let suggestion):
            let path = show(file)
            return Wording(
                th:
                    "ไม่ได้อ่านไฟล์ \(path) จึงไม่ถูกนำไปสร้างเว็บไซต์ (ไฟล์ของปีมีเฉพาะ year.yaml, results.yaml, analysis.yaml, measures.yaml, items/*.md และ progress/*.yaml)",
                en:
                    "\(path) is not read and would not be published (a year holds year.yaml, results.yaml, analysis.yaml, measures.yaml, items/*.md and progress/*.yaml)."
            )
            .suggesting(suggestion)
        case .christianEraYearFolder(let name, let buddhistYear):
            return Wording(
                th: "โฟลเดอร์ \"\(name)\" เป็นปี ค.ศ. ชื่อโฟลเดอร์ของปีงบประมาณต้องเป็นปี พ.ศ. เปลี่ยนชื่อเป็น \"\(buddhistYear)\"",
                en:
                    "folder \"\(name)\" is a Christian-era year; a fiscal-year folder is named in the Buddhist era: rename it \"\(buddhistYear)\""
            )
        case .invalidFolderName(let name):
            return Wording(
                th: "ชื่อโฟลเดอร์ \"\(name)\" ใช้เป็นที่อยู่เว็บไม่ได้ ให้ใช้ตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข และ - เท่านั้น",
                en: "folder name \"\(name)\" cannot be a URL; use a-z, 0-9 and - only")
        default: misrouted(.files)
        }
    }

    /// YAML syntax and the values of keys: types, choices, dates, periods, addresses.
    private func valueWording(_ show: ShowFile) -> Wording {
        switch self {
        case .yamlSyntax(let problem):
            return Wording(th: "รูปแบบ YAML ไม่ถูกต้อง: \(Self.thaiProblem(problem))", en: "invalid YAML: \(problem)")
        case .unclosedFrontMatter:
            return Wording(
                th: "ส่วนหัว YAML ที่เริ่มด้วย --- ไม่มีบรรทัด --- ปิดท้าย",
                en: "front matter opened with --- has no closing ---")
        case .wrongType(let key, let expected):
            return Wording(
                th: "\(key.map { "ค่าของ \"\($0)\"" } ?? "ค่านี้") ต้องเป็น\(expected.wording.th)",
                en: "\(key.map { "\"\($0)\"" } ?? "this value") must be \(expected.wording.en)")
        case .unknownKey(let key, let suggestion):
            return Wording(th: "ไม่รู้จักชื่อ \"\(key)\"", en: "unknown key \"\(key)\".").suggesting(suggestion)
        case .missingKey(let key):
            return Wording(th: "ต้องระบุ \"\(key)\"", en: "\"\(key)\" is required")
        case .invalidChoice(let value, let allowed):
            let list = allowed.joined(separator: ", ")
            return Wording(
                th: "\"\(value)\" ใช้ไม่ได้ ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: \(list)",
                en: "\"\(value)\" is not allowed; use one of: \(list)")
        case .invalidDate(let text):
            return Wording(
                th: "\"\(text)\" ไม่ใช่วันที่ที่ถูกต้อง ให้เขียนแบบ 2566-03-31 หรือ 2023-03-31",
                en: "\"\(text)\" is not a valid date; write 2566-03-31 or 2023-03-31")
        case .invalidCoverage(let text):
            return Wording(
                th: "\"\(text)\" ไม่ใช่ช่วงเวลาที่ถูกต้อง ให้เขียนปีงบประมาณ (2566) ช่วงปี (2566-2570) หรือช่วงวันที่ (2565-10-01..2566-03-31)",
                en:
                    "\"\(text)\" is not a valid period; write a fiscal year (2566), years (2566-2570) or dates (2565-10-01..2566-03-31)"
            )
        case .invalidURL(let text):
            return Wording(
                th: "\"\(text)\" ไม่ใช่ที่อยู่เว็บที่ถูกต้อง (ต้องขึ้นต้นด้วย https:// หรือ http://)",
                en: "\"\(text)\" is not a valid web address (https:// or http://)")
        case .unknownChoice(let value, let choices, let suggestion):
            return ChoiceWording.unknown(value, choices: choices, suggestion: suggestion)
        case .dayNotInMonth(_, let year, let month, let day):
            let days = CivilDate.daysIn(month: month, year: CivilDate.christianYear(year))
            let buddhist = year > CivilDate.buddhistEraThreshold
            let (thaiMonth, englishMonth) = (ThaiText.monthNames[month - 1], PeriodText.englishMonths[month - 1])
            return Wording(
                th: "ปี \(buddhist ? "" : "ค.ศ. ")\(year) ไม่มีวันที่ \(day) \(thaiMonth) (\(thaiMonth)ปีนั้นมี \(days) วัน)",
                en:
                    "\(year)\(buddhist ? " (B.E.)" : "") has no \(day) \(englishMonth) (\(englishMonth) has \(days) days that year)"
            )
        case .dateOutOfRange(let text, let earliest, let latest):
            return Wording(
                th: "วันที่ \"\(text)\" อยู่นอกช่วงที่เป็นไปได้ (พ.ศ. \(earliest + 543) ถึง \(latest + 543)) ตรวจปีที่พิมพ์",
                en: "date \"\(text)\" is outside the plausible range (\(earliest) to \(latest) CE); check the year")
        case .numberOutOfRange(let key, let value, let range):
            let (low, high) = (Self.number(range.lowerBound), Self.number(range.upperBound))
            return Wording(
                th: "\(key.map { "ค่าของ \"\($0)\"" } ?? "ค่า") (\(Self.number(value))) ต้องอยู่ระหว่าง \(low) ถึง \(high)",
                en: "\(key.map { "\"\($0)\"" } ?? "value") (\(Self.number(value))) must be between \(low) and \(high)")
        default: misrouted(.values)
        }
    }

    /// Frameworks: rounds, their item codes and tool weights.
    private func frameworkWording(_ show: ShowFile) -> Wording {
        switch self {
        case .unknownFramework(let round, let known):
            let list = known.map(String.init).joined(separator: ", ")
            return Wording(
                th: "ไม่มีกรอบการประเมินรอบ \(round) (มี: \(list)) เพิ่มได้ที่ frameworks/\(round).yaml",
                en: "no framework for round \(round) (known: \(list)); add frameworks/\(round).yaml")
        case .duplicateFramework(let round, let other):
            return Wording(
                th: "กรอบการประเมินรอบ \(round) ถูกกำหนดซ้ำ (ครั้งแรกที่ \(place(other, show)))",
                en: "framework \(round) defined twice (first at \(place(other, show)))")
        case .partialFramework(let round):
            return Wording(
                th:
                    "กรอบการประเมินรอบ \(round) ทราบรายการข้อไม่ครบ ข้ออื่นที่หน่วยงานเผยแพร่ให้ใส่ title: และ group: ไว้ในรายการของข้อนั้น (ดูรายการข้อที่ทราบด้วยคำสั่ง oit items \(round))",
                en:
                    "the framework of round \(round) lists only the items known so far; give other items title: and group: in their entries (list the known items with: oit items \(round))"
            )
        case .itemsFromContent(let codes, let round):
            let list = codes.joined(separator: ", ")
            return Wording(
                th: "กรอบการประเมินรอบ \(round) ที่มากับโปรแกรมยังไม่มีข้อ \(list) จึงใช้ชื่อข้อ หมวด และองค์ประกอบตามที่เขียนไว้ในเนื้อหา",
                en:
                    "the built-in framework of round \(round) does not list \(list); published with the title, group and elements the content gives"
            )
        case .itemNeedsTitle(let code, let round):
            return Wording(
                th:
                    "กรอบการประเมินรอบ \(round) ยังไม่มีข้อ \(code) ให้ใส่ title: (ชื่อข้อ) และ group: (ตัวชี้วัดย่อย) ของข้อนี้ หรือเพิ่มข้อนี้ใน frameworks/\(round).yaml",
                en:
                    "round \(round)'s framework does not list \(code): give its title: (and group:) in the entry, or add it in frameworks/\(round).yaml"
            )
        case .emptyYear(let year, let round):
            return Wording(
                th:
                    "ปี \(year) ไม่มีข้อใดที่จะแสดง: กรอบการประเมินรอบ \(round) ยังไม่มีรายการข้อ ให้ใส่ข้อพร้อม title: และ group: ใน year.yaml หรือเพิ่มรายการข้อใน frameworks/\(round).yaml",
                en:
                    "year \(year) has no item to publish: round \(round)'s framework lists no items; give items with title: and group: in year.yaml, or list them in frameworks/\(round).yaml"
            )
        case .invalidItemCode(let code):
            return Wording(
                th: "รหัสข้อ \"\(code)\" ใช้ไม่ได้ ต้องเป็นอักษรภาษาอังกฤษตัวเล็ก 1–3 ตัวตามด้วยตัวเลข 1–3 หลัก เช่น o12",
                en: "item code \"\(code)\" is invalid: write 1-3 lowercase letters then 1-3 digits, such as o12")
        case .invalidQuestionPrefix(let prefix):
            return Wording(
                th: "อักษรนำหน้าข้อคำถาม \"\(prefix)\" ใช้ไม่ได้ ต้องเป็นอักษรภาษาอังกฤษตัวเล็ก 1–3 ตัว เช่น i",
                en: "question prefix \"\(prefix)\" is invalid: write 1-3 lowercase letters, such as i")
        case .weightsDoNotSumToOne(let sum):
            return Wording(
                th: "น้ำหนักของเครื่องมือรวมกันได้ \(Self.number(sum)) ต้องรวมกันได้ 1 (เช่น 0.3 + 0.3 + 0.4)",
                en: "tool weights add up to \(Self.number(sum)); they must add up to 1")
        default: misrouted(.frameworks)
        }
    }

    /// Items' entries, and what their public pages could not show.
    private func itemWording(_ show: ShowFile) -> Wording {
        switch self {
        case .unknownItem(let code, let round, let suggestion):
            return Wording(
                th: "ไม่มีข้อ \"\(code)\" ในกรอบการประเมินรอบ \(round)",
                en: "round \(round) has no item \"\(code)\"."
            ).suggesting(suggestion)
        case .duplicateCode(let code, let other):
            return Wording(
                th: "\"\(code)\" ถูกกำหนดซ้ำ (ครั้งแรกที่ \(place(other, show)))",
                en: "\"\(code)\" is defined twice (first at \(place(other, show)))")
        case .unknownGroup(let code):
            return Wording(th: "ไม่มีตัวชี้วัดย่อย \"\(code)\" ในกรอบการประเมินนี้", en: "this framework has no sub-indicator \"\(code)\"")
        case .reasonRequired(let code):
            return Wording(
                th: "ข้อ \(code) ระบุว่าไม่เกี่ยวข้อง (n/a) ต้องระบุเหตุผลใน \"reason\"",
                en: "item \(code) is n/a: give the reason in \"reason\"")
        case .elementOutOfRange(let number, let count):
            return Wording(
                th: "ไม่มีองค์ประกอบข้อที่ \(number) (ข้อนี้มีองค์ประกอบ \(count) ข้อ)",
                en: "no element \(number) (this item has \(count))")
        case .missingEntries(let codes):
            let list = codes.joined(separator: ", ")
            return Wording(th: "ยังไม่มีข้อมูลของ \(codes.count) ข้อ: \(list)", en: "no entry yet for \(codes.count) items: \(list)")
        case .periodMismatch(let item, let rule, let fiscalYear):
            // Pages join dates with no-break spaces; a terminal shows plain ones.
            let requirement = PeriodText.requirement(rule, FiscalYear(fiscalYear), digits: .arabic).replacingOccurrences(
                of: "\u{00A0}", with: " ")
            return Wording(
                th: "ข้อ \(item) ต้องเป็น" + requirement,
                en: "item \(item) must be " + PeriodText.englishRequirement(rule, FiscalYear(fiscalYear)))
        case .elementsNotListed(let item, let numbers):
            let list = numbers.map(String.init).joined(separator: ", ")
            return Wording(
                th: "กรอบการประเมินยังไม่มีรายการองค์ประกอบของข้อ \(item) จึงยืนยันองค์ประกอบข้อที่ \(list) ไม่ได้ "
                    + "ให้เขียนองค์ประกอบเป็นข้อความ (elements: แล้วตามด้วยรายการข้อความ) หรือลบ elements ออก",
                en: "the framework lists no elements for item \(item), so elements \(list) cannot be confirmed; "
                    + "write the elements as texts (a list under elements:), or remove elements")
        case .analysisWithoutResults(let item, let resultsYear, let source):
            let file = show(source)
            return Wording(
                th:
                    "ข้อ \(item) แสดงการวิเคราะห์ผลการประเมิน ITA ปี \(resultsYear) แต่เนื้อหายังไม่มีคะแนนของปีนั้น หน้าของข้อนี้จึงบอกได้เพียงว่าไม่ได้เผยแพร่ผลการประเมินไว้ในเว็บไซต์นี้ ให้เพิ่มไฟล์ \(file)",
                en:
                    "item \(item) shows the analysis of the ITA \(resultsYear) results, but the content has no scores of that round, so its page can only say they are not published on this site; add \(file)"
            )
        case .doneWithoutEvidence(let code):
            return Wording(
                th:
                    "ข้อ \(code) ระบุว่าดำเนินการแล้ว แต่ไม่มีหลักฐาน หน้าของข้อนี้จึงแสดง \"ดำเนินการแล้ว\" คู่กับ \"ยังไม่มีหลักฐาน\" ให้ใส่ลิงก์ (url:) หรือไฟล์ (file:) ใน evidence: ของข้อนี้",
                en:
                    "item \(code) is done but gives no evidence, so its page shows \"done\" beside \"no evidence yet\"; add a link (url:) or a file (file:) under its evidence:"
            )
        case .invalidElements(let text):
            return Wording(
                th:
                    "elements: \"\(text)\" ไม่ใช่องค์ประกอบด้านข้อมูล ถ้าแสดงครบทุกองค์ประกอบให้เขียน elements: all (หรือ ครบทุกข้อ) ถ้าแสดงบางข้อให้เขียนเลขข้อ เช่น elements: [1, 3] ถ้าจะเขียนองค์ประกอบเป็นข้อความ ให้เขียนเป็นรายการ (ขึ้นต้นแต่ละบรรทัดด้วย - )",
                en:
                    "elements: \"\(text)\" is not a data element: write elements: all when every element is shown, the element numbers (elements: [1, 3]) when some are, or the elements' texts as a list (one - line each)"
            )
        default: misrouted(.items)
        }
    }

    /// Results, analysis, measures and progress reports.
    private func resultWording(_ show: ShowFile) -> Wording {
        switch self {
        case .scoreOutOfRange(let value):
            return Wording(
                th: "คะแนน \(Self.number(value)) ต้องอยู่ระหว่าง 0 ถึง 100",
                en: "score \(Self.number(value)) must be between 0 and 100")
        case .unknownIndicator(let code, let suggestion):
            return Wording(
                th: "ไม่มีตัวชี้วัด \"\(code)\" ในกรอบการประเมินนี้",
                en: "no indicator \"\(code)\" in this framework."
            ).suggesting(suggestion)
        case .unknownQuestion(let code, let suggestion):
            return Wording(
                th: "ไม่มีข้อคำถาม \"\(code)\" ในกรอบการประเมินนี้",
                en: "no question \"\(code)\" in this framework."
            ).suggesting(suggestion)
        case .measureAddressesNothing(let id):
            return Wording(
                th: "มาตรการ \(id) ต้องระบุสิ่งที่แก้ไขอย่างน้อยหนึ่งอย่างใน indicators, questions หรือ items",
                en: "measure \(id) must address at least one of indicators, questions, items")
        case .unknownMeasure(let id, let suggestion, let year):
            return Wording(
                th: "ไม่มีมาตรการ \"\(id)\" ใน measures.yaml ของปี \(year)",
                en: "no measure \"\(id)\" in year \(year)'s measures.yaml."
            ).suggesting(suggestion)
        case .measureNotReported(let measure, let report):
            return Wording(
                th: "มาตรการ \(measure) ไม่มีในรายงาน \(report)", en: "measure \(measure) is missing from report \(report)")
        case .incompleteResults(let missing):
            let list = missing.map(String.init).joined(separator: ", ")
            return Wording(
                th: "ยังไม่มีคะแนนตัวชี้วัดที่ \(list) จึงคำนวณคะแนนรวมไม่ได้",
                en: "no score for indicators \(list): overall cannot be computed")
        case .statedDiffers(let figure, let stated, let computed):
            let name = figure.wording
            return Wording(
                th: "\(name.th) ที่ระบุไว้ (\(stated.text)) ไม่ตรงกับที่คำนวณได้ (\(computed.text))",
                en: "stated \(name.en) (\(stated.text)) differs from the computed value (\(computed.text))")
        default: misrouted(.results)
        }
    }

    /// Templates of the theme.
    private func templateWording(_ show: ShowFile) -> Wording {
        switch self {
        case .templateSyntax(let problem):
            return Wording(th: "แม่แบบเขียนไม่ถูกต้อง: \(problem)", en: "template error: \(problem)")
        case .missingTemplate(let name):
            return Wording(th: "ไม่พบแม่แบบ \(name).mustache", en: "template \(name).mustache not found")
        case .unknownTemplateName(let name, let template):
            return Wording(
                th: "แม่แบบ \(template) ใช้ชื่อ \"\(name)\" ซึ่งไม่มีในข้อมูลของหน้า จะแสดงเป็นค่าว่าง",
                en: "template \(template) uses \"\(name)\", which the page does not provide; it renders empty")
        case .templateProblem(let problem, let detail):
            return Wording(
                th: "แม่แบบเขียนไม่ถูกต้อง: " + problem.thai + (detail.map { " (\($0))" } ?? ""),
                en: "template error: " + problem.english + (detail.map { " (\($0))" } ?? ""))
        default: misrouted(.templates)
        }
    }

    /// The output folder, and files outside the content or out of bounds (issue 8).
    private func outputWording(_ show: ShowFile) -> Wording {
        switch self {
        case .outputRefused(let reason):
            return Wording(
                th: "ไม่สร้างเว็บไซต์ในโฟลเดอร์ผลลัพธ์นี้ เพราะ" + reason.thai
                    + " (การสร้างเว็บไซต์จะลบทุกอย่างในโฟลเดอร์ผลลัพธ์) ให้ระบุ --output เป็นโฟลเดอร์อื่น",
                en: "refusing to build into this output folder: " + reason.english
                    + " (a build deletes everything in its output folder); choose another --output")
        case .outputPathEscapes(let path):
            return Wording(
                th: "ที่อยู่ \"\(path)\" จะเขียนไฟล์ออกนอกโฟลเดอร์ผลลัพธ์ จึงไม่เขียน (ตรวจรหัสข้อหรือชื่อไฟล์ที่ใช้สร้างที่อยู่นี้)",
                en:
                    "path \"\(path)\" would be written outside the output folder; check the item code or file name it was made from"
            )
        case .outsideContent(let file):
            let path = show(file)
            return Wording(
                th: "ไฟล์ \(path) อยู่นอกโฟลเดอร์เนื้อหา (อาจเป็นลิงก์ symbolic link ไปที่อื่น) จึงไม่นำไปเผยแพร่",
                en: "\(path) lies outside the content folder (a symbolic link?) and is not published")
        case .missingFolder(let file):
            let path = show(file)
            return Wording(th: "ไม่พบโฟลเดอร์ \(path)", en: "folder not found: \(path)")
        case .unreadableFolder(let file):
            let path = show(file)
            return Wording(
                th: "เปิดโฟลเดอร์ \(path) ไม่ได้ (ไม่มีสิทธิ์อ่าน) ไฟล์ในโฟลเดอร์นี้จึงไม่ถูกตรวจและไม่ถูกเผยแพร่",
                en: "cannot open folder \(path) (permission denied); its files are not checked or published")
        case .linkLoop(let file):
            let path = show(file)
            return Wording(th: "ลิงก์ \(path) ชี้วนกลับมาที่เดิมไม่สิ้นสุด", en: "link \(path) loops back on itself")
        case .fileTooLarge(let file, let limit):
            let path = show(file)
            return Wording(
                th: "ไฟล์ \(path) ใหญ่เกิน \(limit / 1_048_576) MB จึงไม่อ่าน (ไฟล์เอกสารขนาดใหญ่ให้แนบเป็นไฟล์หลักฐานแทน)",
                en: "\(path) is larger than \(limit / 1_048_576) MB and is not read")
        case .unsafeFileName(let name, let character):
            return Wording(
                th: "ชื่อไฟล์ \"\(name)\" มีอักขระ \(character) ซึ่งทำให้ลิงก์บนเว็บใช้ไม่ได้ ให้เปลี่ยนชื่อไฟล์ (ใช้ตัวอักษร ตัวเลข - _ . เท่านั้น)",
                en:
                    "file name \"\(name)\" contains \(character), which breaks web links; rename the file (letters, digits, - _ . only)"
            )
        default: misrouted(.output)
        }
    }

    /// Bytes and YAML out of bounds, and YAML mistakes told with their fix.
    private func inputWording(_ show: ShowFile) -> Wording {
        switch self {
        case .notUTF8:
            return Wording(
                th: "ไฟล์นี้ไม่ได้บันทึกเป็น UTF-8 ตั้งแต่ตำแหน่งนี้ ให้บันทึกไฟล์ใหม่เป็น UTF-8",
                en: "the file is not UTF-8 from here on; save it as UTF-8")
        case .nulCharacter:
            return Wording(
                th: "มีอักขระ NUL (รหัส 0) ในไฟล์ ซึ่งไม่ใช่ข้อความ ให้ลบออก", en: "NUL character (code 0) in the file; remove it")
        case .controlCharacter(let code):
            return Wording(
                th: "มีอักขระควบคุม \(code) ที่มองไม่เห็นในไฟล์ ให้ลบออก", en: "invisible control character \(code) in the file; remove it"
            )
        case .yamlSyntaxStarted(let problem, let context, let stopped):
            return Wording(
                th:
                    "รูปแบบ YAML ไม่ถูกต้อง: \(Self.thaiConstruct(context)) ที่เริ่มตรงนี้เขียนไม่ถูกต้องหรือไม่ได้ปิด (อ่านต่อไปจนพบปัญหาที่บรรทัด \(stopped.line) คอลัมน์ \(stopped.column): \(Self.thaiProblem(problem)))",
                en:
                    "invalid YAML: the \(context) starting here is malformed or not closed (parsing stopped at line \(stopped.line), column \(stopped.column): \(problem))"
            )
        case .duplicateKey(let key, let first):
            return Wording(
                th: "ชื่อ \"\(key)\" ซ้ำในชุดข้อมูลเดียวกัน (ครั้งแรกที่ \(place(first, show)))",
                en: "key \"\(key)\" appears twice in one mapping (first at \(place(first, show)))")
        case .yamlTooDeep(let limit):
            return Wording(th: "ข้อมูล YAML ซ้อนกันลึกเกิน \(limit) ชั้น", en: "YAML nested deeper than \(limit) levels")
        case .yamlTooManyAliases(let limit):
            return Wording(
                th: "การอ้างอิงซ้ำ (alias *ชื่อ) ขยายข้อมูลเกิน \(limit) ค่า จึงไม่อ่านไฟล์นี้",
                en: "aliases (*name) expand to more than \(limit) values; the file is not read")
        case .yamlMistake(let mistake):
            return Wording(th: "รูปแบบ YAML ไม่ถูกต้อง: " + mistake.wording.th, en: "invalid YAML: " + mistake.wording.en)
        default: misrouted(.input)
        }
    }
}

extension Wording {
    /// Adds "did you mean …?" when there is a likely intended spelling.
    package func suggesting(_ suggestion: String?) -> Wording {
        guard let suggestion else { return self }
        return Wording(th: th + " หมายถึง \"\(suggestion)\" หรือไม่?", en: en + " Did you mean \"\(suggestion)\"?")
    }
}

extension ValueKind {
    package var wording: Wording {
        switch self {
        case .mapping: return Wording(th: "ชุดข้อมูลแบบ ชื่อ: ค่า", en: "a mapping (key: value)")
        case .list: return Wording(th: "รายการ (ขึ้นต้นแต่ละบรรทัดด้วย - )", en: "a list")
        case .text: return Wording(th: "ข้อความ", en: "text")
        case .number: return Wording(th: "ตัวเลข", en: "a number")
        case .wholeNumber: return Wording(th: "จำนวนเต็ม", en: "a whole number")
        case .date: return Wording(th: "วันที่ (ปปปป-ดด-วว)", en: "a date (YYYY-MM-DD)")
        case .yesNo: return Wording(th: "true หรือ false", en: "true or false")
        }
    }
}

extension Discrepancy.Figure {
    package var wording: Wording {
        switch self {
        case .overall: return Wording(th: "คะแนนรวม", en: "overall score")
        case .tool(let code): return Wording(th: "คะแนน \(code)", en: "\(code) score")
        case .grade: return Wording(th: "ระดับ", en: "grade")
        case .label: return Wording(th: "ผลการประเมิน", en: "pass label")
        }
    }
}

extension Discrepancy.Value {
    /// Scores with two decimals, as published; words as written.
    package var text: String {
        switch self {
        case .score(let value): return Figures.score(value)
        case .text(let word): return word
        }
    }
}
