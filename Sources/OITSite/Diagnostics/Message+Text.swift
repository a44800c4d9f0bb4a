extension Message {
    private static func didYouMean(_ suggestion: String?, thai: Bool) -> String {
        guard let suggestion else { return "" }
        return thai ? " หมายถึง \"\(suggestion)\" หรือไม่?" : " Did you mean \"\(suggestion)\"?"
    }

    var thai: String {
        switch self {
        case .unreadableFile(let path): return "อ่านไฟล์ \(path) ไม่ได้"
        case .yamlSyntax(let problem): return "รูปแบบ YAML ไม่ถูกต้อง: \(problem)"
        case .unclosedFrontMatter: return "ส่วนหัว YAML ที่เริ่มด้วย --- ไม่มีบรรทัด --- ปิดท้าย"
        case .wrongType(let key, let expected):
            let subject = key.map { "ค่าของ \"\($0)\"" } ?? "ค่านี้"
            return "\(subject) ต้องเป็น\(expected.thai)"
        case .unknownKey(let key, let suggestion):
            return "ไม่รู้จักชื่อ \"\(key)\"" + Self.didYouMean(suggestion, thai: true)
        case .missingKey(let key): return "ต้องระบุ \"\(key)\""
        case .invalidChoice(let value, let allowed):
            return "\"\(value)\" ใช้ไม่ได้ ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: \(allowed.joined(separator: ", "))"
        case .invalidDate(let text): return "\"\(text)\" ไม่ใช่วันที่ที่ถูกต้อง ให้เขียนแบบ 2566-03-31 หรือ 2023-03-31"
        case .invalidCoverage(let text):
            return "\"\(text)\" ไม่ใช่ช่วงเวลาที่ถูกต้อง ให้เขียนปีงบประมาณ (2566) ช่วงปี (2566-2570) หรือช่วงวันที่ (2565-10-01..2566-03-31)"
        case .invalidURL(let text): return "\"\(text)\" ไม่ใช่ที่อยู่เว็บที่ถูกต้อง (ต้องขึ้นต้นด้วย https:// หรือ http://)"
        case .invalidFolderName(let name):
            return "ชื่อโฟลเดอร์ \"\(name)\" ใช้เป็นที่อยู่เว็บไม่ได้ ให้ใช้ตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข และ - เท่านั้น"
        case .strayFolder(let name): return "โฟลเดอร์ \"\(name)\" ไม่ใช่ปีงบประมาณ (ต้องเป็นตัวเลขปี พ.ศ. เช่น 2566) จึงไม่ถูกนำไปสร้างเว็บไซต์"
        case .missingFile(let path): return "ไม่พบไฟล์ \(path)"
        case .noAgencies(let path): return "ไม่พบหน่วยงานใน \(path) (ต้องมีโฟลเดอร์ agencies/<ชื่อหน่วยงาน>/agency.yaml)"
        case .unknownFramework(let round, let known):
            return "ไม่มีกรอบการประเมินรอบ \(round) (มี: \(known.map(String.init).joined(separator: ", "))) เพิ่มได้ที่ frameworks/\(round).yaml"
        case .duplicateFramework(let round, let other): return "กรอบการประเมินรอบ \(round) ถูกกำหนดซ้ำ (ครั้งแรกที่ \(other))"
        case .unknownItem(let code, let round, let suggestion):
            return "ไม่มีข้อ \"\(code)\" ในกรอบการประเมินรอบ \(round)" + Self.didYouMean(suggestion, thai: true)
        case .duplicateCode(let code, let other): return "\"\(code)\" ถูกกำหนดซ้ำ (ครั้งแรกที่ \(other))"
        case .unknownGroup(let code): return "ไม่มีตัวชี้วัดย่อย \"\(code)\" ในกรอบการประเมินนี้"
        case .reasonRequired(let code): return "ข้อ \(code) ระบุว่าไม่เกี่ยวข้อง (n/a) ต้องระบุเหตุผลใน \"reason\""
        case .elementOutOfRange(let number, let count):
            return "ไม่มีองค์ประกอบข้อที่ \(number) (ข้อนี้มีองค์ประกอบ \(count) ข้อ)"
        case .missingEntries(let codes): return "ยังไม่มีข้อมูลของ \(codes.count) ข้อ: \(codes.joined(separator: ", "))"
        case .periodMismatch(let item, let rule): return "ข้อ \(item) ต้องเป็น\(rule)"
        case .partialFramework(let round):
            return "กรอบการประเมินรอบ \(round) ทราบรายการข้อไม่ครบ หน้าเว็บจะแสดงเฉพาะข้อที่ทราบ"
        case .scoreOutOfRange(let value): return "คะแนน \(value) ต้องอยู่ระหว่าง 0 ถึง 100"
        case .unknownIndicator(let code, let suggestion):
            return "ไม่มีตัวชี้วัด \"\(code)\" ในกรอบการประเมินนี้" + Self.didYouMean(suggestion, thai: true)
        case .unknownQuestion(let code, let suggestion):
            return "ไม่มีข้อคำถาม \"\(code)\" ในกรอบการประเมินนี้" + Self.didYouMean(suggestion, thai: true)
        case .measureAddressesNothing(let id):
            return "มาตรการ \(id) ต้องระบุสิ่งที่แก้ไขอย่างน้อยหนึ่งอย่างใน indicators, questions หรือ items"
        case .unknownMeasure(let id, let suggestion):
            return "ไม่มีมาตรการ \"\(id)\" ใน measures.yaml ของปีนี้" + Self.didYouMean(suggestion, thai: true)
        case .measureNotReported(let measure, let report): return "มาตรการ \(measure) ไม่มีในรายงาน \(report)"
        case .incompleteResults(let missing):
            return "ยังไม่มีคะแนนตัวชี้วัดที่ \(missing.map(String.init).joined(separator: ", ")) จึงคำนวณคะแนนรวมไม่ได้"
        case .statedDiffers(let figure, let stated, let computed):
            return "\(figure) ที่ระบุไว้ (\(stated)) ไม่ตรงกับที่คำนวณได้ (\(computed))"
        case .templateSyntax(let problem): return "แม่แบบเขียนไม่ถูกต้อง: \(problem)"
        case .missingTemplate(let name): return "ไม่พบแม่แบบ \(name).mustache"
        case .unknownTemplateName(let name, let template):
            return "แม่แบบ \(template) ใช้ชื่อ \"\(name)\" ซึ่งไม่มีในข้อมูลของหน้า จะแสดงเป็นค่าว่าง"
        // Task: frameworks
        case .invalidItemCode(let code):
            return "รหัสข้อ \"\(code)\" ใช้ไม่ได้ ต้องเป็นอักษรภาษาอังกฤษตัวเล็ก 1–3 ตัวตามด้วยตัวเลข 1–3 หลัก เช่น o12"
        case .invalidQuestionPrefix(let prefix):
            return "อักษรนำหน้าข้อคำถาม \"\(prefix)\" ใช้ไม่ได้ ต้องเป็นอักษรภาษาอังกฤษตัวเล็ก 1–3 ตัว เช่น i"
        }
    }

    var english: String {
        switch self {
        case .unreadableFile(let path): return "cannot read \(path)"
        case .yamlSyntax(let problem): return "invalid YAML: \(problem)"
        case .unclosedFrontMatter: return "front matter opened with --- has no closing ---"
        case .wrongType(let key, let expected):
            return "\(key.map { "\"\($0)\"" } ?? "this value") must be \(expected.english)"
        case .unknownKey(let key, let suggestion):
            return "unknown key \"\(key)\"." + Self.didYouMean(suggestion, thai: false)
        case .missingKey(let key): return "\"\(key)\" is required"
        case .invalidChoice(let value, let allowed):
            return "\"\(value)\" is not allowed; use one of: \(allowed.joined(separator: ", "))"
        case .invalidDate(let text): return "\"\(text)\" is not a valid date; write 2566-03-31 or 2023-03-31"
        case .invalidCoverage(let text):
            return "\"\(text)\" is not a valid period; write a fiscal year (2566), years (2566-2570) or dates (2565-10-01..2566-03-31)"
        case .invalidURL(let text): return "\"\(text)\" is not a valid web address (https:// or http://)"
        case .invalidFolderName(let name): return "folder name \"\(name)\" cannot be a URL; use a-z, 0-9 and - only"
        case .strayFolder(let name): return "folder \"\(name)\" is not a fiscal year (e.g. 2566) and is not built"
        case .missingFile(let path): return "file not found: \(path)"
        case .noAgencies(let path): return "no agencies in \(path) (expected agencies/<name>/agency.yaml)"
        case .unknownFramework(let round, let known):
            return "no framework for round \(round) (known: \(known.map(String.init).joined(separator: ", "))); add frameworks/\(round).yaml"
        case .duplicateFramework(let round, let other): return "framework \(round) defined twice (first at \(other))"
        case .unknownItem(let code, let round, let suggestion):
            return "round \(round) has no item \"\(code)\"." + Self.didYouMean(suggestion, thai: false)
        case .duplicateCode(let code, let other): return "\"\(code)\" is defined twice (first at \(other))"
        case .unknownGroup(let code): return "this framework has no sub-indicator \"\(code)\""
        case .reasonRequired(let code): return "item \(code) is n/a: give the reason in \"reason\""
        case .elementOutOfRange(let number, let count): return "no element \(number) (this item has \(count))"
        case .missingEntries(let codes): return "no entry yet for \(codes.count) items: \(codes.joined(separator: ", "))"
        case .periodMismatch(let item, let rule): return "item \(item) must be \(rule)"
        case .partialFramework(let round): return "round \(round) lists only the items known so far"
        case .scoreOutOfRange(let value): return "score \(value) must be between 0 and 100"
        case .unknownIndicator(let code, let suggestion):
            return "no indicator \"\(code)\" in this framework." + Self.didYouMean(suggestion, thai: false)
        case .unknownQuestion(let code, let suggestion):
            return "no question \"\(code)\" in this framework." + Self.didYouMean(suggestion, thai: false)
        case .measureAddressesNothing(let id): return "measure \(id) must address at least one of indicators, questions, items"
        case .unknownMeasure(let id, let suggestion):
            return "no measure \"\(id)\" in this year's measures.yaml." + Self.didYouMean(suggestion, thai: false)
        case .measureNotReported(let measure, let report): return "measure \(measure) is missing from report \(report)"
        case .incompleteResults(let missing):
            return "no score for indicators \(missing.map(String.init).joined(separator: ", ")): overall cannot be computed"
        case .statedDiffers(let figure, let stated, let computed):
            return "stated \(figure) (\(stated)) differs from the computed value (\(computed))"
        case .templateSyntax(let problem): return "template error: \(problem)"
        case .missingTemplate(let name): return "template \(name).mustache not found"
        case .unknownTemplateName(let name, let template):
            return "template \(template) uses \"\(name)\", which the page does not provide; it renders empty"
        // Task: frameworks
        case .invalidItemCode(let code):
            return "item code \"\(code)\" is invalid: write 1-3 lowercase letters then 1-3 digits, such as o12"
        case .invalidQuestionPrefix(let prefix):
            return "question prefix \"\(prefix)\" is invalid: write 1-3 lowercase letters, such as i"
        }
    }
}
