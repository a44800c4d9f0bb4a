/// The phrases messages share: libyaml's words in Thai, numbers as people write them.
extension Message {
    /// libyaml's name of a construct ("quoted scalar"), in Thai.
    package static func thaiConstruct(_ context: String) -> String {
        let known = [
            "quoted scalar": "ข้อความในเครื่องหมายคำพูด", "flow sequence": "รายการในวงเล็บ [ ]",
            "flow mapping": "ชุดข้อมูลในวงเล็บ { }", "simple key": "ชื่อ (key) ที่ต้องตามด้วย :",
            "block scalar": "ข้อความหลายบรรทัด (| หรือ >)", "anchor": "ชื่ออ้างอิง &", "alias": "การอ้างอิง *",
            "tag": "แท็ก !", "directive": "คำสั่ง %", "plain scalar": "ข้อความ",
        ]
        return known[context] ?? context
    }

    /// libyaml's (and Yams') most frequent problems, in Thai; others are shown as libyaml words them.
    package static func thaiProblem(_ problem: String) -> String {
        let known = [
            "did not find expected key": "บรรทัดนี้ไม่อยู่ในรูป ชื่อ: ค่า ตามย่อหน้าของชุดข้อมูล",
            "did not find expected '-' indicator": "บรรทัดนี้ควรเป็นรายการที่ขึ้นต้นด้วย - ตามย่อหน้าของรายการ",
            "did not find expected node content": "ไม่พบค่าในตำแหน่งนี้",
            "block sequence entries are not allowed in this context":
                "ขึ้นรายการด้วย - ในตำแหน่งนี้ไม่ได้ (ให้ขึ้นบรรทัดใหม่และย่อหน้าใต้ชื่อ)",
            "found unexpected end of stream": "ไฟล์จบก่อนจะปิดให้ครบ",
            "mapping values are not allowed in this context":
                "มีเครื่องหมาย : ในตำแหน่งที่ใช้ไม่ได้ (ถ้าเป็นข้อความ ให้ใส่ไว้ในเครื่องหมายคำพูด)",
            "found character that cannot start any token":
                "พบอักขระที่ขึ้นต้นค่าไม่ได้ (ถ้าเป็นข้อความ ให้ใส่ไว้ในเครื่องหมายคำพูด)",
            "could not find expected ':'": "ไม่พบเครื่องหมาย : หลังชื่อ",
            "did not find expected ',' or ']'": "ไม่พบ , หรือ ] ในรายการในวงเล็บ [ ]",
            "did not find expected ',' or '}'": "ไม่พบ , หรือ } ในชุดข้อมูลในวงเล็บ { }",
            "did not find expected comment or line break": "หลังเครื่องหมาย | หรือ > ต้องขึ้นบรรทัดใหม่",
            "found undefined alias": "ไม่พบชื่ออ้างอิง (&ชื่อ) ที่การอ้างอิง * นี้ใช้",
            "expected a single document in the stream, but found another document":
                "ไฟล์มีข้อมูล YAML มากกว่าหนึ่งชุด (มีบรรทัด --- คั่น) ให้เหลือชุดเดียว",
        ]
        return known[problem] ?? problem
    }

    /// A number as people write it: 100 rather than 100.0; never traps on huge values.
    package static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
