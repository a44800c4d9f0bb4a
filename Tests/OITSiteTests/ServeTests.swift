import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `oit serve` as a webmaster uses it: started in a project, it answers on its port, rebuilds on an
/// edit, keeps serving the last good build when the content breaks, and reports the errors.
@Suite struct ServeTests {
    /// A running `oit serve --port 0`, stopped when the test ends.
    final class Server {
        let process = Process()
        let address: String

        /// - Parameters:
        ///   - arguments: more options of `oit serve` (`--lang en`).
        ///   - temporary: the folder the server builds in (its `TMPDIR`), when the test reads it.
        init(in project: URL, arguments: [String] = [], temporary: URL? = nil) throws {
            process.executableURL = OITProcess.executable
            process.arguments = ["serve", "--port", "0"] + arguments
            process.currentDirectoryURL = project
            if let temporary {
                process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.path]) { $1 }
            }
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The first line printed is the address.
            var line = Data()
            while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
                line.append(byte)
            }
            address = String(decoding: line, as: UTF8.self)
        }

        deinit {
            process.terminate()
            process.waitUntilExit()
        }
    }

    struct Answer {
        var status: Int
        var type: String
        var body: String
    }

    /// - Parameter host: a Host header other than the address's own.
    func get(_ url: String, host: String? = nil) async throws -> Answer {
        var request = URLRequest(url: try #require(URL(string: url)))
        if let host { request.setValue(host, forHTTPHeaderField: "Host") }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return Answer(
            status: http.statusCode, type: http.value(forHTTPHeaderField: "Content-Type") ?? "",
            body: String(decoding: data, as: UTF8.self))
    }

    /// Polls the version endpoint until `done` holds, for at most `seconds` (generous: CI runs the
    /// whole suite in parallel on two cores).
    func waitFor(_ server: Server, seconds: Double = 120, _ done: ([String: Any]) -> Bool) async throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(seconds)
        var last: [String: Any] = [:]
        while Date() < deadline {
            let answer = try await get(server.address + "__oit/version")
            last = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])
            if done(last) { return last }
            try await Task.sleep(nanoseconds: 200_000_000)
        }
        return last
    }

    @Test func servesRebuildsOnEditAndKeepsTheLastGoodBuild() async throws {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        let folder = try OITProcess.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try OITProcess.run(["init", ".", "--agency", "testagency"], in: folder).status == 0)
        let server = try Server(in: folder)
        #expect(server.address.hasPrefix("http://127.0.0.1:"))
        let first = try await waitFor(server) { ($0["version"] as? Int ?? 0) >= 1 }
        #expect(first["version"] as? Int == 1)

        let home = try await get(server.address + "testagency/")
        #expect(home.status == 200)
        #expect(home.type.hasPrefix("text/html"))
        #expect(home.body.contains("/__oit/live.js"), "serve mode adds the reload script")
        let css = try await get(server.address + "testagency/assets/style.css")
        #expect(css.type.hasPrefix("text/css"))
        let font = try await get(server.address + "testagency/assets/fonts/Laksaman.woff")
        #expect(font.type == "font/woff")
        let missing = try await get(server.address + "testagency/no/such/page/")
        #expect(missing.status == 404)
        #expect(
            missing.body.contains("href=\"/testagency/assets/style.css\""),
            "the agency's own 404 page, linked from the site's path")
        let script = try await get(server.address + "__oit/live.js")
        #expect(script.body.contains("location.reload()"))
        // Another site's name pointed at 127.0.0.1 (DNS rebinding) reads nothing; this computer's names do.
        let port = try #require(URL(string: server.address)?.port)
        for path in ["testagency/", "__oit/version", "__oit/live.js"] {
            #expect(try await get(server.address + path, host: "attacker.example:\(port)").status == 403, "\(path)")
        }
        #expect(try await get(server.address + "testagency/", host: "localhost:\(port)").status == 200)
        #expect(try await get(server.address + "testagency/", host: "[::1]:\(port)").status == 200)

        // An edit is rebuilt and served.
        let agencyFile = folder.appendingPathComponent("agencies/testagency/agency.yaml")
        let original = try String(contentsOf: agencyFile, encoding: .utf8)
        let edited = try original.edited(replacing: "องค์การบริหารส่วนตำบลตัวอย่าง\n", with: "องค์การบริหารส่วนตำบลแก้ไขแล้ว\n")
        try Data(edited.utf8).write(to: agencyFile)
        let second = try await waitFor(server) { ($0["version"] as? Int ?? 0) >= 2 }
        #expect(second["version"] as? Int == 2)
        #expect(try await get(server.address + "testagency/").body.contains("องค์การบริหารส่วนตำบลแก้ไขแล้ว"))

        // Broken content: the errors are reported, the last good build is still served.
        try Data((edited + "websiet: x\n").utf8).write(to: agencyFile)
        let broken = try await waitFor(server) { $0["error"] is String }
        #expect((broken["error"] as? String)?.contains("agencies/testagency/agency.yaml") == true)
        #expect(broken["version"] as? Int == 2)
        let stillServed = try await get(server.address + "testagency/")
        #expect(stillServed.status == 200)
        #expect(stillServed.body.contains("องค์การบริหารส่วนตำบลแก้ไขแล้ว"))

        // Fixed again: a new version, no error.
        try Data(original.utf8).write(to: agencyFile)
        let fixed = try await waitFor(server) { ($0["version"] as? Int ?? 0) >= 3 }
        #expect(fixed["version"] as? Int == 3)
        #expect(fixed["error"] is NSNull)
    }

    /// Issue 17: a port in use is said in words, with the option to use, not NIO's bind error.
    @Test func aPortInUseIsSaidInWords() async throws {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        let folder = try OITProcess.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try OITProcess.run(["init", ".", "--agency", "testagency"], in: folder).status == 0)
        let server = try Server(in: folder)
        let port = try #require(URL(string: server.address)?.port)
        let thai = try OITProcess.run(["serve", "--port", String(port)], in: folder)
        #expect(thai.status != 0)
        #expect(thai.errors.contains("พอร์ต \(port) ถูกใช้อยู่แล้ว"), "\(thai.errors)")
        #expect(thai.errors.contains("ลองใช้ --port \(port + 1)"), "\(thai.errors)")
        #expect(!thai.errors.contains("bind(") && !thai.errors.contains("errno"), "\(thai.errors)")
        let english = try OITProcess.run(["serve", "--port", String(port), "--lang", "en"], in: folder)
        #expect(english.errors.contains("port \(port) is already in use"), "\(english.errors)")
        #expect(english.errors.contains("try --port \(port + 1)"), "\(english.errors)")
        #expect(english.errors.containsThai == false, "\(english.errors)")
    }
}
