/// What the editor answers, before it becomes an HTTP response: a page, a refusal, or a redirect
/// after a save (POST, then redirect, then GET: a reload never posts twice).
struct EditorAnswer: Sendable {
    var status: Int
    var body: String
    var type = "text/html; charset=utf-8"
    var location: String? = nil

    static func page(_ html: String, status: Int = 200) -> EditorAnswer { EditorAnswer(status: status, body: html) }

    static func text(_ status: Int, _ text: String) -> EditorAnswer {
        EditorAnswer(status: status, body: text + "\n", type: "text/plain; charset=utf-8")
    }

    static func redirect(_ location: String) -> EditorAnswer { EditorAnswer(status: 303, body: "", location: location) }
}
