import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite
import Testing

@testable import OITLinks

/// The class of a link from its answers, without a network.
@Suite struct LinkClassifierTests {
    private func classify(_ ending: LinkClassifier.Ending) -> LinkResult { classify([], ending) }

    private func classify(_ chain: [String], _ ending: LinkClassifier.Ending) -> LinkResult {
        LinkClassifier.classify(url: "https://www.example.go.th/a", chain: chain, ending: ending)
    }

    @Test func answersByStatus() {
        #expect(classify(.answer(status: 200, passwordField: false)).result == .ok)
        #expect(classify(.answer(status: 404, passwordField: false)).result == .notFound)
        #expect(classify(.answer(status: 410, passwordField: false)).status == 410)
        #expect(classify(.answer(status: 503, passwordField: false)).result == .serverError)
        #expect(classify(.answer(status: 401, passwordField: false)).result == .loginWall)
    }

    @Test func redirectsKeepTheirChain() {
        let chain = ["https://www.example.go.th/b", "https://www.example.go.th/c"]
        let result = classify(chain, .answer(status: 200, passwordField: false))
        #expect(result.result == .redirected)
        #expect(result.finalURL == "https://www.example.go.th/c")
        #expect(result.chain == chain)
        #expect(classify(chain, .tooManyRedirects(status: 302)).result == .unreachable)
    }

    @Test func signInPages() {
        let google = ["https://accounts.google.com/ServiceLogin?continue=x"]
        #expect(classify(google, .answer(status: 200, passwordField: false)).result == .loginWall)
        #expect(classify(.answer(status: 200, passwordField: true)).result == .loginWall)
        #expect(LinkClassifier.looksLikeLogin("https://www.example.go.th/user/login?next=/"))
        #expect(LinkClassifier.looksLikeLogin("https://www.example.go.th/sign-in"))
        #expect(LinkClassifier.looksLikeLogin("https://auth.example.go.th/"))
        #expect(!LinkClassifier.looksLikeLogin("https://www.example.go.th/authority/report.pdf"))
        #expect(!LinkClassifier.looksLikeLogin("https://www.example.go.th/ita/o1"))
        #expect(LinkClassifier.hasPasswordField("<INPUT TYPE='password'>"))
        #expect(!LinkClassifier.hasPasswordField("<input type=\"text\">"))
    }

    @Test func failuresKeepTheirClass() {
        for failure in [LinkResult.Class.timeout, .unreachable, .tls, .dns] {
            #expect(classify(.failure(failure)).result == failure)
        }
    }

    @Test func offDomainIsJudgedPerAgency() {
        let link = LinkResult(
            url: "https://www.example.go.th/a", result: .redirected, status: 200,
            finalURL: "https://drive.google.com/file/1", chain: ["https://drive.google.com/file/1"])
        #expect(link.judged(for: SiteHosts(["https://www.example.go.th/"])) == .offDomain)
        #expect(link.judged(for: SiteHosts(["https://drive.google.com/"])) == .redirected)
    }

    @Test func resolveRules() {
        let rule = ResolveRule(parsing: "www.Example-Agency.go.th:8080:127.0.0.1")
        #expect(rule == ResolveRule(host: "www.example-agency.go.th", port: 8080, address: "127.0.0.1"))
        #expect(rule?.matches(host: "WWW.example-agency.go.th", port: 8080) == true)
        #expect(rule?.matches(host: "www.example-agency.go.th", port: 80) == false)
        #expect(ResolveRule(parsing: "host:80:[::1]")?.address == "::1")
        #expect(ResolveRule(parsing: "host:port:127.0.0.1") == nil)
        #expect(ResolveRule(parsing: "host:80") == nil)
    }

    @Test func pacingByHost() {
        let pacing = HostPacing(limit: 2, pause: 0.5)
        #expect(pacing.mayStart(active: 1))
        #expect(!pacing.mayStart(active: 2))
        let first = pacing.start(now: 10, earliest: nil)
        #expect(first.start == 10 && first.next == 10.5)
        let soon = pacing.start(now: 10, earliest: 10.5)
        #expect(soon.start == 10.5 && soon.next == 11)
        let later = pacing.start(now: 12, earliest: 10.5)
        #expect(later.start == 12 && later.next == 12.5)
    }
}
