import Foundation
import Testing
import Yams

@testable import OITLoad
@testable import OITModel
@testable import OITSite

/// docs/DEPLOY.md: the CI files it shows are the ones `oit init` writes, and they are valid YAML
/// that install oit, check strictly and deploy. (actionlint, when installed, checks the GitHub
/// workflow further: see the README.)
@Suite struct DeployDocTests {
    static let document = Paths.repository.appendingPathComponent("docs/DEPLOY.md")

    func text() throws -> String { try String(contentsOf: Self.document, encoding: .utf8) }

    func yamlBlocks() throws -> [String] {
        try text().components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    }

    @Test func showsTheWorkflowThatInitWrites() throws {
        #expect(try text().contains("```yaml\n" + ProjectScaffold.githubWorkflow(agency: "klongkate") + "```"))
    }

    @Test func githubWorkflowInstallsChecksAndDeploys() throws {
        let workflow = try #require(try Yams.load(yaml: ProjectScaffold.githubWorkflow(agency: "klongkate")) as? [String: Any])
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let build = try #require(jobs["build"] as? [String: Any])
        let steps = try #require(build["steps"] as? [[String: Any]])
        let runs = steps.compactMap { $0["run"] as? String }
        #expect(runs.contains { $0.contains("make -C /tmp/oit install") })
        #expect(runs.contains { $0.contains("oit build --strict") && $0.contains("--format github") })
        #expect(runs.contains { $0.contains("rsync") && $0.contains("--delete") && $0.contains("Site/$AGENCY/") })
        #expect(runs.contains { $0.contains("lftp") && $0.contains("mirror --reverse") && $0.contains("ftp:ssl-force true") })
    }

    @Test func gitlabJobIsValidYAML() throws {
        let blocks = try yamlBlocks()
        #expect(blocks.count == 2)
        let last = try #require(blocks.last)
        let gitlab = try #require(try Yams.load(yaml: last) as? [String: Any])
        let check = try #require(gitlab["oit"] as? [String: Any])
        let script = try #require(check["script"] as? [String])
        #expect(script.contains { $0.hasPrefix("oit build --strict") })
        #expect(gitlab["deploy-rsync"] != nil && gitlab["deploy-ftp"] != nil)
    }

    @Test func tellsTheServerAboutThe404PageUnderASubPath() throws {
        let text = try text()
        #expect(text.contains("ErrorDocument 404 /oit/404.html"))
        #expect(text.contains("error_page 404 /oit/404.html;"))
    }
}
