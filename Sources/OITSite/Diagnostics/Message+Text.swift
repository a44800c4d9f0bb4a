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

        // Task: safety (issue 8)
        case .outputRefused(let reason):
            return "ไม่สร้างเว็บไซต์ในโฟลเดอร์ผลลัพธ์นี้ เพราะ" + reason.thai + " (การสร้างเว็บไซต์จะลบทุกอย่างในโฟลเดอร์ผลลัพธ์) ให้ระบุ --output เป็นโฟลเดอร์อื่น"
        case .outputPathEscapes(let path):
            return "ที่อยู่ \"\(path)\" จะเขียนไฟล์ออกนอกโฟลเดอร์ผลลัพธ์ จึงไม่เขียน (ตรวจรหัสข้อหรือชื่อไฟล์ที่ใช้สร้างที่อยู่นี้)"
        case .outsideContent(let path):
            return "ไฟล์ \(path) อยู่นอกโฟลเดอร์เนื้อหา (อาจเป็นลิงก์ symbolic link ไปที่อื่น) จึงไม่นำไปเผยแพร่"
        case .cannotWrite(let path, let reason): return "เขียนไฟล์ \(path) ไม่ได้ (\(reason))"
        case .missingFolder(let path): return "ไม่พบโฟลเดอร์ \(path)"
        case .unreadableFolder(let path): return "เปิดโฟลเดอร์ \(path) ไม่ได้ (ไม่มีสิทธิ์อ่าน) ไฟล์ในโฟลเดอร์นี้จึงไม่ถูกตรวจและไม่ถูกเผยแพร่"
        case .linkLoop(let path): return "ลิงก์ \(path) ชี้วนกลับมาที่เดิมไม่สิ้นสุด"
        case .fileTooLarge(let path, let limit):
            return "ไฟล์ \(path) ใหญ่เกิน \(limit / 1_048_576) MB จึงไม่อ่าน (ไฟล์เอกสารขนาดใหญ่ให้แนบเป็นไฟล์หลักฐานแทน)"
        case .notUTF8: return "ไฟล์นี้ไม่ได้บันทึกเป็น UTF-8 ตั้งแต่ตำแหน่งนี้ ให้บันทึกไฟล์ใหม่เป็น UTF-8"
        case .nulCharacter: return "มีอักขระ NUL (รหัส 0) ในไฟล์ ซึ่งไม่ใช่ข้อความ ให้ลบออก"
        case .controlCharacter(let code): return "มีอักขระควบคุม \(code) ที่มองไม่เห็นในไฟล์ ให้ลบออก"
        case .yamlSyntaxStarted(let problem, let context, let stopped):
            return "รูปแบบ YAML ไม่ถูกต้อง: \(Self.thaiConstruct(context)) ที่เริ่มตรงนี้เขียนไม่ถูกต้องหรือไม่ได้ปิด (อ่านต่อไปจนพบปัญหาที่บรรทัด \(stopped.line) คอลัมน์ \(stopped.column): \(problem))"
        case .duplicateKey(let key, let first): return "ชื่อ \"\(key)\" ซ้ำในชุดข้อมูลเดียวกัน (ครั้งแรกที่ \(first))"
        case .yamlTooDeep(let limit): return "ข้อมูล YAML ซ้อนกันลึกเกิน \(limit) ชั้น"
        case .yamlTooManyAliases(let limit):
            return "การอ้างอิงซ้ำ (alias *ชื่อ) ขยายข้อมูลเกิน \(limit) ค่า จึงไม่อ่านไฟล์นี้"
        case .numberOutOfRange(let key, let value, let range):
            let subject = key.map { "ค่าของ \"\($0)\"" } ?? "ค่า"
            return "\(subject) (\(Self.number(value))) ต้องอยู่ระหว่าง \(Self.number(range.lowerBound)) ถึง \(Self.number(range.upperBound))"
        case .dateOutOfRange(let text, let earliest, let latest):
            return "วันที่ \"\(text)\" อยู่นอกช่วงที่เป็นไปได้ (พ.ศ. \(earliest + 543) ถึง \(latest + 543)) ตรวจปีที่พิมพ์"
        case .weightsDoNotSumToOne(let sum):
            return "น้ำหนักของเครื่องมือรวมกันได้ \(Self.number(sum)) ต้องรวมกันได้ 1 (เช่น 0.3 + 0.3 + 0.4)"
        case .unsafeFileName(let name, let character):
            return "ชื่อไฟล์ \"\(name)\" มีอักขระ \(character) ซึ่งทำให้ลิงก์บนเว็บใช้ไม่ได้ ให้เปลี่ยนชื่อไฟล์ (ใช้ตัวอักษร ตัวเลข - _ . เท่านั้น)"
        case .templateProblem(let problem, let detail):
            return "แม่แบบเขียนไม่ถูกต้อง: " + problem.thai + (detail.map { " (\($0))" } ?? "")
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

        // Task: safety (issue 8)
        case .outputRefused(let reason):
            return "refusing to build into this output folder: " + reason.english + " (a build deletes everything in its output folder); choose another --output"
        case .outputPathEscapes(let path):
            return "path \"\(path)\" would be written outside the output folder; check the item code or file name it was made from"
        case .outsideContent(let path): return "\(path) lies outside the content folder (a symbolic link?) and is not published"
        case .cannotWrite(let path, let reason): return "cannot write \(path) (\(reason))"
        case .missingFolder(let path): return "folder not found: \(path)"
        case .unreadableFolder(let path): return "cannot open folder \(path) (permission denied); its files are not checked or published"
        case .linkLoop(let path): return "link \(path) loops back on itself"
        case .fileTooLarge(let path, let limit): return "\(path) is larger than \(limit / 1_048_576) MB and is not read"
        case .notUTF8: return "the file is not UTF-8 from here on; save it as UTF-8"
        case .nulCharacter: return "NUL character (code 0) in the file; remove it"
        case .controlCharacter(let code): return "invisible control character \(code) in the file; remove it"
        case .yamlSyntaxStarted(let problem, let context, let stopped):
            return "invalid YAML: the \(context) starting here is malformed or not closed (parsing stopped at line \(stopped.line), column \(stopped.column): \(problem))"
        case .duplicateKey(let key, let first): return "key \"\(key)\" appears twice in one mapping (first at \(first))"
        case .yamlTooDeep(let limit): return "YAML nested deeper than \(limit) levels"
        case .yamlTooManyAliases(let limit): return "aliases (*name) expand to more than \(limit) values; the file is not read"
        case .numberOutOfRange(let key, let value, let range):
            return "\(key.map { "\"\($0)\"" } ?? "value") (\(Self.number(value))) must be between \(Self.number(range.lowerBound)) and \(Self.number(range.upperBound))"
        case .dateOutOfRange(let text, let earliest, let latest):
            return "date \"\(text)\" is outside the plausible range (\(earliest) to \(latest) CE); check the year"
        case .weightsDoNotSumToOne(let sum): return "tool weights add up to \(Self.number(sum)); they must add up to 1"
        case .unsafeFileName(let name, let character):
            return "file name \"\(name)\" contains \(character), which breaks web links; rename the file (letters, digits, - _ . only)"
        case .templateProblem(let problem, let detail):
            return "template error: " + problem.english + (detail.map { " (\($0))" } ?? "")
        }
    }
}
