import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITWrite

/// `oit init <folder> --agency <slug>`: a content project of the webmaster's own, which
/// `oit build` builds as it is, with no flags: one agency, the current fiscal year, a `.gitignore`
/// and a CI workflow that checks and publishes the site.
public struct ProjectScaffold: Sendable {
    public enum Failure: Error, Equatable {
        /// The agency folder name cannot be part of a web address.
        case invalidAgency(String)
        /// Files that already exist; nothing was written.
        case wouldOverwrite([String])
    }

    public var folder: URL
    public var agency: String
    /// The current Thai fiscal year (พ.ศ.), from today's date.
    public var fiscalYear: Int

    public init(folder: URL, agency: String, today: Date = Date(), calendar: Calendar = .current) {
        self.folder = folder
        self.agency = agency
        fiscalYear = Self.fiscalYear(of: today, calendar: calendar)
    }

    /// The Thai fiscal year containing `date`: it starts on 1 October, and is named in the Buddhist
    /// Era (CE + 543), so 1 October 2026 starts fiscal year 2570.
    public static func fiscalYear(of date: Date, calendar: Calendar = .current) -> Int {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = calendar.timeZone
        let parts = gregorian.dateComponents([.year, .month], from: date)
        let year = parts.year ?? 2000
        return year + 543 + ((parts.month ?? 1) >= 10 ? 1 : 0)
    }

    /// The framework round the new year uses, as `oit new year` and the build choose it.
    public var round: Int {
        RoundChoice.round(forYear: fiscalYear, known: BuiltInFiles.frameworkRounds) ?? fiscalYear
    }

    /// Every file `create()` writes, relative to the project folder, with its text.
    public var files: [(path: String, text: String)] {
        [
            ("agencies/\(agency)/agency.yaml", agencyYAML),
            ("agencies/\(agency)/\(fiscalYear)/year.yaml", yearYAML),
            (
                ".gitignore",
                "# เว็บไซต์ที่ oit build สร้างขึ้น: สร้างใหม่ได้ทุกเมื่อ จึงไม่ต้องเก็บใน git\n/Site/\n"
                    + "# ผลตรวจลิงก์หลักฐานของ oit check --links (เก็บไว้ไม่เกินหนึ่งวัน)\n/.oit-links.json\n"
            ),
            (".github/workflows/oit.yml", Self.githubWorkflow(agency: agency)),
        ]
    }

    /// Writes the project; refuses, writing nothing, when any of its files already exists.
    /// - Returns: the paths written, relative to the project folder.
    @discardableResult
    public func create() throws -> [String] {
        guard Self.isValidSlug(agency) else { throw Failure.invalidAgency(agency) }
        let manager = FileManager.default
        let existing = files.map(\.path).filter { manager.fileExists(atPath: folder.appending(path: $0).path) }
        guard existing.isEmpty else { throw Failure.wouldOverwrite(existing) }
        for (path, text) in files {
            let url = folder.appending(path: path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        }
        return files.map(\.path)
    }

    /// Lower-case English letters, digits and `-`: the folder name becomes part of the web address.
    public static func isValidSlug(_ slug: String) -> Bool {
        !slug.isEmpty && !slug.hasPrefix("-")
            && slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    var agencyYAML: String {
        """
        # ข้อมูลหน่วยงาน: แก้ค่าตัวอย่างทุกบรรทัดให้เป็นของหน่วยงานของท่าน
        # บรรทัดที่ขึ้นต้นด้วย # เป็นคำอธิบาย ระบบไม่อ่าน ลบ # ออกเพื่อใช้ค่านั้น
        # ชื่อโฟลเดอร์ "\(agency)" จะเป็นส่วนหนึ่งของที่อยู่เว็บ และเป็นชื่อโฟลเดอร์ผลลัพธ์ Site/\(agency)/

        # ชื่อเต็มของหน่วยงาน (ต้องมี)
        name: \(Self.placeholderName)
        # ชื่อภาษาอังกฤษ (ไม่บังคับ)
        # name_en: Example Subdistrict Administrative Organization
        # ประเภทหน่วยงาน เช่น องค์การบริหารส่วนตำบล เทศบาลตำบล
        kind: องค์การบริหารส่วนตำบล
        # อำเภอ
        # district: เมือง
        # จังหวัด (ต้องมี)
        province: กรุงเทพมหานคร
        # เว็บไซต์หลักของหน่วยงาน (ต้องมี)
        website: https://www.\(agency).go.th/
        # ที่อยู่เว็บที่จะวางเนื้อหาของโฟลเดอร์ Site/\(agency)/ (ถ้าไม่ระบุ ใช้ website)
        base_url: https://www.\(agency).go.th/oit/
        # ที่อยู่ โทรศัพท์ อีเมล สำหรับหน้าติดต่อ
        # address: 99 หมู่ 1 ตำบลตัวอย่าง อำเภอเมือง จังหวัดกรุงเทพมหานคร 10000
        # phone: 02-000-0000
        # email: saraban@\(agency).go.th
        # ช่องทางสื่อสังคมออนไลน์
        # social:
        #   - name: Facebook
        #     url: https://www.facebook.com/\(agency)
        # ตราสัญลักษณ์: ไฟล์ในโฟลเดอร์นี้
        # logo: logo.png
        # แสดงตัวเลขในวันที่และคะแนนเป็นเลขไทย (thai) หรือเลขอารบิก (arabic)
        # digits: arabic
        # รหัสหน่วยงานในระบบ ITAS: ส่วนท้ายของลิงก์แบบวัดที่ได้จากระบบ ITAS
        # (ลิงก์ https://itas.nacc.go.th/go/eit/abc123 รหัสคือ abc123) ระบบจะสร้างลิงก์และ QR code
        # แบบวัด EIT ให้ที่หน้าแรก หน้าข้อที่เกณฑ์กำหนดให้แสดง QR code และโปสเตอร์ขนาด A4 สำหรับพิมพ์
        # itas_code: abc123
        # แสดงลิงก์แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) สำหรับบุคลากรของหน่วยงานด้วย
        # itas_show_iit: true

        """
    }

    /// The current year's `year.yaml`: the new-year scaffold of the round, every item listed
    /// not-started with its requirements as Thai comments.
    var yearYAML: String {
        let context = LoadContext(root: folder)
        let frameworks = FrameworkLoader.loadAll(contentFolder: nil, context)
        let yearFolder = folder.appending(path: "agencies/\(agency)/\(fiscalYear)")
        guard let framework = frameworks[round] else { return "round: \(round)\nitems: {}\n" }
        let entries = YearScaffold.plannedEntries(framework, old: nil, oldFramework: nil, newFolder: yearFolder, content: folder)
        return YearFileText(
            agency: Self.placeholderName, year: fiscalYear, framework: framework, from: nil,
            entries: entries, command: "oit init", roundAssumed: round != fiscalYear
        ).render()
    }

    /// The example name `oit init` writes; the build warns while it is still there.
    public static let placeholderName = ProfilePlausibility.placeholderName

    /// The GitHub Actions workflow `oit init` writes: a check on every push and pull request, and a
    /// publish by rsync or lftp from main.
    public static func githubWorkflow(agency: String) -> String {
        [workflowHeader(agency: agency), workflowInstall, workflowCheckAndPublish].joined(separator: "\n\n")
    }

    /// Triggers, permissions and the agency to publish.
    private static func workflowHeader(agency: String) -> String {
        """
        # ตรวจและเผยแพร่เว็บไซต์ OIT: ทุก push และ pull request ตรวจเนื้อหา (ข้อผิดพลาดแสดงในไฟล์ที่แก้)
        # push เข้า main แล้วผ่าน จึงส่งขึ้นเว็บไซต์หลักของหน่วยงานด้วย rsync (SSH) หรือ lftp (FTPS)
        # ตั้งค่าใน Settings > Secrets and variables > Actions ตามที่ docs/DEPLOY.md ของ oit อธิบาย
        name: OIT

        on:
          push:
            branches: [main]
          pull_request:
          workflow_dispatch:

        permissions:
          contents: read

        concurrency:
          group: oit-${{ github.ref }}
          cancel-in-progress: true

        env:
          # โฟลเดอร์หน่วยงานใน agencies/ ที่จะเผยแพร่ (ผลลัพธ์อยู่ใน Site/<ชื่อ>/)
          AGENCY: \(agency)
          # ที่อยู่ไฟล์แพ็กเกจ .deb ของ oit (ติดตั้งได้ทันที) หรือที่เก็บซอร์สโค้ดของ oit และรุ่นที่ใช้ (สร้างเองครั้งแรกราว 10 นาที)
          OIT_DEB_URL: ${{ vars.OIT_DEB_URL }}
          OIT_SOURCE: ${{ vars.OIT_SOURCE }}
          OIT_REF: ${{ vars.OIT_REF || 'main' }}
        """
    }

    /// The job's first steps: system packages, and oit from the cache, a .deb or its source.
    private static let workflowInstall =
        """
        jobs:
          build:
            runs-on: ubuntu-24.04
            container: swift:6.3-noble
            steps:
              - uses: actions/checkout@v5

              - name: ติดตั้งแพ็กเกจระบบ
                run: |
                  apt-get update -qq
                  apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev libqrencode-dev make curl rsync openssh-client lftp

              - name: ใช้ oit ที่สร้างไว้ครั้งก่อน
                id: cache
                uses: actions/cache@v5
                with:
                  path: /usr/local/bin/oit
                  key: oit-${{ vars.OIT_DEB_URL || env.OIT_REF }}-${{ runner.os }}

              - name: ติดตั้ง oit
                if: steps.cache.outputs.cache-hit != 'true'
                run: |
                  if [ -n "$OIT_DEB_URL" ]; then
                    curl -fsSL -o /tmp/oit.deb "$OIT_DEB_URL"
                    apt-get install -y -qq /tmp/oit.deb
                    install -m 755 /usr/bin/oit /usr/local/bin/oit
                  else
                    test -n "$OIT_SOURCE" || { echo "::error::ตั้งค่าตัวแปร OIT_DEB_URL (ไฟล์ .deb ของ oit) หรือ OIT_SOURCE (ที่เก็บซอร์สโค้ดของ oit) ก่อน"; exit 1; }
                    git clone --depth 1 --branch "$OIT_REF" "$OIT_SOURCE" /tmp/oit
                    make -C /tmp/oit install PREFIX=/usr/local
                  fi
        """

    /// Check and build (`--strict`), then publish from main by rsync (SSH) or lftp (FTPS).
    private static let workflowCheckAndPublish =
        """
              # --strict: คำเตือนทำให้ไม่ผ่าน ยกเว้นข้อที่ยังไม่ได้กรอก (missing-entries) ซึ่งปกติระหว่างปี
              # ลบ --allow missing-entries ออกเมื่อกรอกครบทุกข้อแล้ว
              - name: ตรวจเนื้อหาและสร้างเว็บไซต์
                run: oit build --strict --allow missing-entries --format github

              - name: เผยแพร่ด้วย rsync ผ่าน SSH
                if: github.ref == 'refs/heads/main' && github.event_name != 'pull_request' && vars.DEPLOY_METHOD == 'rsync'
                env:
                  SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
                  KNOWN_HOSTS: ${{ secrets.DEPLOY_KNOWN_HOSTS }}
                  TARGET: ${{ secrets.DEPLOY_TARGET }}
                run: |
                  install -m 700 -d ~/.ssh
                  printf '%s\\n' "$SSH_KEY" > ~/.ssh/id_ed25519
                  chmod 600 ~/.ssh/id_ed25519
                  printf '%s\\n' "$KNOWN_HOSTS" > ~/.ssh/known_hosts
                  rsync -rlptvz --delete "Site/$AGENCY/" "$TARGET"

              - name: เผยแพร่ด้วย lftp ผ่าน FTPS
                if: github.ref == 'refs/heads/main' && github.event_name != 'pull_request' && vars.DEPLOY_METHOD == 'ftp'
                env:
                  FTP_HOST: ${{ secrets.FTP_HOST }}
                  FTP_USER: ${{ secrets.FTP_USER }}
                  FTP_PASSWORD: ${{ secrets.FTP_PASSWORD }}
                  FTP_PATH: ${{ secrets.FTP_PATH }}
                run: |
                  lftp -u "$FTP_USER,$FTP_PASSWORD" "$FTP_HOST" -e "set ftp:ssl-force true; set ssl:verify-certificate yes; mirror --reverse --delete --verbose Site/$AGENCY/ $FTP_PATH; quit"

        """
}
