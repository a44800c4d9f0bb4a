#!/usr/bin/env python3
"""Make a content folder of N agencies for the benchmark, each one different from the others.

Usage: make-corpus.py --agencies N --seed S --out DIR [--template Content/agencies/klongkate]

Every agency starts from the example agency (agency.yaml, 2566/year.yaml, items/*.md, results,
measures, progress report with memo, a CSV file, logo) and gets its own name, slug, province,
district, phone, item summaries and bodies, dates, units, statuses, ITA scores (valid 0-100, the
indicator scores being the means of their questions as the 2566 framework says), an analysis of
its weak indicators, measures, progress and memo. All of it is drawn from one random generator
per agency seeded by (seed, agency number), so the same arguments give the same corpus, and no
two agencies render the same pages: no cache keyed on content can make a build look faster.
"""
import argparse
import copy
import datetime as dt
import functools
import math
import os
import random
import re
import shutil
import sys

import yaml

# Place names: Thai first part, Thai second part, and their romanised forms for slugs and English names.
FIRST = [("หนอง", "Nong"), ("คลอง", "Khlong"), ("บ้าน", "Ban"), ("ดอน", "Don"), ("โคก", "Khok"),
         ("ท่า", "Tha"), ("วัง", "Wang"), ("บาง", "Bang"), ("ห้วย", "Huai"), ("นา", "Na"),
         ("โนน", "Non"), ("บึง", "Bueng"), ("เขา", "Khao"), ("ทุ่ง", "Thung"), ("สระ", "Sa"),
         ("แม่", "Mae"), ("ลำ", "Lam"), ("ป่า", "Pa"), ("เกาะ", "Ko"), ("หาด", "Hat")]
SECOND = [("ใหญ่", "Yai"), ("แดง", "Daeng"), ("ทอง", "Thong"), ("งาม", "Ngam"), ("หลวง", "Luang"),
          ("ใหม่", "Mai"), ("เหนือ", "Nuea"), ("ใต้", "Tai"), ("สว่าง", "Sawang"), ("ม่วง", "Muang"),
          ("ไผ่", "Phai"), ("ยาง", "Yang"), ("บัว", "Bua"), ("แก้ว", "Kaeo"), ("เกตุ", "Ket"),
          ("จันทร์", "Chan"), ("ตะเคียน", "Takhian"), ("สำโรง", "Samrong"), ("พยอม", "Phayom"),
          ("กระทุ่ม", "Krathum"), ("ขาม", "Kham"), ("โพธิ์", "Pho"), ("มะค่า", "Makha"), ("ลาน", "Lan"),
          ("ชะอม", "Cha-om")]
# (province, districts) — real names, combined freely with the made-up subdistricts above.
PROVINCES = [
    ("ลพบุรี", ["โคกสำโรง", "บ้านหมี่", "ชัยบาดาล"]), ("ขอนแก่น", ["เปือยน้อย", "ชุมแพ", "น้ำพอง"]),
    ("สระบุรี", ["วังม่วง", "แก่งคอย", "พระพุทธบาท"]), ("กาญจนบุรี", ["พนมทวน", "ท่าม่วง", "ทองผาภูมิ"]),
    ("นครราชสีมา", ["ปักธงชัย", "สีคิ้ว", "พิมาย"]), ("อุบลราชธานี", ["วารินชำราบ", "เดชอุดม", "ตระการพืชผล"]),
    ("เชียงใหม่", ["สันทราย", "แม่ริม", "ฝาง"]), ("เชียงราย", ["แม่สาย", "เทิง", "พาน"]),
    ("นครศรีธรรมราช", ["ทุ่งสง", "ปากพนัง", "สิชล"]), ("สงขลา", ["หาดใหญ่", "สะเดา", "ระโนด"]),
    ("อุดรธานี", ["กุมภวาปี", "บ้านดุง", "หนองหาน"]), ("บุรีรัมย์", ["นางรอง", "ลำปลายมาศ", "ประโคนชัย"]),
    ("สุรินทร์", ["ปราสาท", "ศีขรภูมิ", "รัตนบุรี"]), ("ศรีสะเกษ", ["กันทรลักษ์", "ขุขันธ์", "อุทุมพรพิสัย"]),
    ("ร้อยเอ็ด", ["เสลภูมิ", "โพนทอง", "สุวรรณภูมิ"]), ("สกลนคร", ["สว่างแดนดิน", "วานรนิวาส", "พังโคน"]),
    ("พิษณุโลก", ["วังทอง", "บางระกำ", "นครไทย"]), ("นครสวรรค์", ["ตาคลี", "ลาดยาว", "บรรพตพิสัย"]),
    ("สุพรรณบุรี", ["อู่ทอง", "สองพี่น้อง", "ศรีประจันต์"]), ("พระนครศรีอยุธยา", ["บางปะอิน", "วังน้อย", "เสนา"]),
    ("ชลบุรี", ["พนัสนิคม", "บ้านบึง", "ศรีราชา"]), ("ระยอง", ["แกลง", "บ้านค่าย", "ปลวกแดง"]),
    ("จันทบุรี", ["ท่าใหม่", "มะขาม", "ขลุง"]), ("สุราษฎร์ธานี", ["พุนพิน", "ไชยา", "เวียงสระ"]),
    ("ตรัง", ["ห้วยยอด", "กันตัง", "ย่านตาขาว"]), ("ลำปาง", ["เกาะคา", "ห้างฉัตร", "เถิน"]),
    ("น่าน", ["ปัว", "เวียงสา", "ท่าวังผา"]), ("เพชรบูรณ์", ["หล่มสัก", "วิเชียรบุรี", "ชนแดน"]),
    ("กาฬสินธุ์", ["ยางตลาด", "กุฉินารายณ์", "สมเด็จ"]), ("มหาสารคาม", ["บรบือ", "วาปีปทุม", "โกสุมพิสัย"]),
]
KINDS = [("องค์การบริหารส่วนตำบล", "อบต.", "Subdistrict Administrative Organization"),
         ("เทศบาลตำบล", "ทต.", "Subdistrict Municipality")]
UNITS = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม", "กองสวัสดิการสังคม",
         "กองสาธารณสุขและสิ่งแวดล้อม", "งานบริหารทั่วไป สำนักปลัด", "หน่วยตรวจสอบภายใน", "งานนิติการ สำนักปลัด"]
PERIODS = ["ตลอดปีงบประมาณ", "ต.ค. 65 ถึง ก.ย. 66", "ตุลาคม 65 - มีนาคม 66", "มกราคม - กันยายน 2566",
           "ไตรมาสที่ 1-2 ปีงบประมาณ 2566", "เมษายน - กันยายน 2566"]
GIVEN = ["สมชาย", "สุนิสา", "ประเสริฐ", "วิไลวรรณ", "อนุชา", "กาญจนา", "ธนพล", "พรทิพย์", "สุรเชษฐ์",
         "นภาพร", "วีระพงษ์", "ศิริพร", "ชัยวัฒน์", "อรุณี", "เกียรติศักดิ์", "จันทร์เพ็ญ"]
FAMILY = ["ใจดี", "ศรีสุข", "บุญมา", "แก้วประเสริฐ", "ทองคำ", "พรหมมา", "สายสุวรรณ", "จันทร์หอม",
          "วงศ์ใหญ่", "มีสุข", "ปัญญาดี", "รักษาศรี", "สุขเจริญ", "อินทร์แก้ว"]
# Sentences added to bodies and summaries; {n}, {m} and {place} are filled per agency.
EXTRA = ["ในปีงบประมาณนี้มีผู้เข้าร่วมกิจกรรมทั้งสิ้น {n} คน จาก {m} หมู่บ้านใน{place}",
         "ได้ปรับปรุงข้อมูลบนเว็บไซต์แล้ว {n} ครั้ง โดยครั้งล่าสุดตรวจทานโดยหัวหน้าส่วนราชการ",
         "มีเรื่องที่ประชาชนสอบถามผ่านช่องทางออนไลน์ {n} เรื่อง ตอบกลับภายใน {m} วันทำการ",
         "จัดประชุมชี้แจงบุคลากรจำนวน {m} ครั้ง มีผู้เข้าร่วม {n} คน",
         "เอกสารฉบับเต็มจำนวน {m} หน้า เผยแพร่เป็นไฟล์ PDF บนเว็บไซต์หลักของหน่วยงาน",
         "ประชาสัมพันธ์ผ่านเสียงตามสายและบอร์ดประจำหมู่บ้านทั้ง {m} หมู่บ้าน",
         "ผู้รับผิดชอบได้รายงานผู้บริหารทราบในการประชุมประจำเดือนครั้งที่ {m}/2566",
         "งบประมาณที่ใช้ในการดำเนินการ {n},000 บาท จากงบประมาณรายจ่ายประจำปี"]
SUFFIX = ["ของ{short}{place}", "ประจำปีงบประมาณ พ.ศ. 2566", "(ฉบับปรับปรุง)", "ฉบับเผยแพร่ต่อสาธารณะ", ""]
FY_START, FY_END = dt.date(2022, 10, 1), dt.date(2023, 9, 30)


Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """Writes multi-line strings as literal blocks, as a webmaster would."""


def _str(dumper, text):
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


Dumper.add_representer(str, _str)


@functools.lru_cache(maxsize=None)
def _template(path):
    return yaml.load(open(path, encoding="utf-8"), Loader=Loader)


def load(path):
    """The example's YAML, parsed once and copied for each agency."""
    return copy.deepcopy(_template(os.path.abspath(path)))


def dump(data, path):
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(data, f, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000)


class Agency:
    """One generated agency: its identity and the generator every perturbation draws from."""

    def __init__(self, index, seed):
        self.rng = random.Random(f"{seed}:{index}")
        r = self.rng
        (a, ra), (b, rb) = r.choice(FIRST), r.choice(SECOND)
        self.place, roman = a + b, ra + rb
        self.kind, self.short, self.kind_en = r.choice(KINDS)
        self.province, districts = r.choice(PROVINCES)
        self.district = r.choice(districts)
        self.slug = f"{roman.lower().replace('-', '')}-{index:05d}"
        self.domain = f"www.{roman.lower().replace('-', '')}{index}.go.th"
        self.name = self.kind + self.place
        self.name_en = f"{ra} {rb} {self.kind_en}"
        self.phone = f"0{r.randint(32, 77)}-{r.randint(100, 999)}-{r.randint(100, 999)}"

    def rename(self, text):
        """Moves the example's names, province, district, website and phone to this agency's."""
        for old, new in (("องค์การบริหารส่วนตำบลตำบลคลองเกตุ", self.name), ("องค์การบริหารส่วนตำบลคลองเกตุ", self.name),
                         ("องค์กรบริหารส่วนตำบลตำบลคลองเกตุ", self.name), ("อบต.คลองเกตุ", self.short + self.place),
                         ("คลองเกตุ", self.place), ("www.klongkate.go.th", self.domain), ("klongkate.go.th", self.domain),
                         ("โคกสำโรง", self.district), ("ลพบุรี", self.province), ("088-7560742", self.phone)):
            text = text.replace(old, new)
        return text

    def sentence(self):
        return self.rng.choice(EXTRA).format(n=self.rng.randint(12, 480), m=self.rng.randint(2, 18), place=self.place)

    def summary(self, text):
        suffix = self.rng.choice(SUFFIX).format(short=self.short, place=self.place)
        return (self.rename(text) + (" " + suffix if suffix else "")).strip()

    def body(self, text):
        """The example's Markdown with this agency's names, and one to three sentences of its own."""
        extra = "\n\n".join(self.sentence() for _ in range(self.rng.randint(1, 3)))
        return self.rename(text).rstrip("\n") + "\n\n" + extra + "\n"

    def shift(self, date, low=FY_START, high=FY_END):
        """A later date (0-20 days), so a date after the end of a covered period stays after it."""
        return min(max(date + dt.timedelta(days=self.rng.randint(0, 20)), low), max(date, high))

    def unit(self):
        return ", ".join(self.rng.sample(UNITS, self.rng.choice([1, 1, 1, 2])))

    def person(self):
        return f"({self.rng.choice(['นาย', 'นาง', 'นางสาว'])}{self.rng.choice(GIVEN)} {self.rng.choice(FAMILY)})"


def make_item(agency, item):
    r = agency.rng
    if "updated" in item:
        item["updated"] = agency.shift(item["updated"])
    if r.random() < 0.12 and item.get("status") == "done":
        item["status"] = "in-progress"
    item["unit"] = agency.unit()
    if item.get("summary"):
        item["summary"] = agency.summary(item["summary"])
    if item.get("body"):
        item["body"] = agency.body(item["body"])
    for evidence in item.get("evidence") or []:
        evidence["title"] = agency.rename(evidence["title"])
        if "url" in evidence:
            evidence["url"] = agency.rename(evidence["url"])
    return item


def make_markdown_item(agency, source, target):
    """items/*.md: YAML front matter perturbed like a year.yaml item, Markdown body renamed and extended."""
    text = open(source, encoding="utf-8").read()
    _, front, body = text.split("---\n", 2)
    item = make_item(agency, yaml.load(front, Loader=Loader))
    with open(target, "w", encoding="utf-8") as f:
        f.write("---\n")
        yaml.dump(item, f, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000)
        f.write("---\n" + agency.body(body))


def make_results(agency):
    """Question scores, indicators 1-8 as the means of their questions, 9-10 drawn, and the stated overall."""
    r = agency.rng
    level = r.uniform(60, 97)
    score = lambda: round(min(100, max(0, r.gauss(level, 8))), 2)
    questions = {f"i{n}": score() for n in range(1, 31)}
    questions.update({f"e{n}": score() for n in range(1, 16)})
    groups = {1: range(1, 7), 2: range(7, 13), 3: range(13, 19), 4: range(19, 25), 5: range(25, 31)}
    indicators = {k: round(sum(questions[f"i{n}"] for n in v) / len(v), 2) for k, v in groups.items()}
    for k, v in {6: range(1, 6), 7: range(6, 11), 8: range(11, 16)}.items():
        indicators[k] = round(sum(questions[f"e{n}"] for n in v) / len(v), 2)
    indicators[9], indicators[10] = score(), score()
    mean = lambda keys: sum(indicators[k] for k in keys) / len(keys)
    overall = 0.30 * mean([1, 2, 3, 4, 5]) + 0.30 * mean([6, 7, 8]) + 0.40 * mean([9, 10])
    return {"indicators": indicators, "questions": questions, "stated": {"overall": two_decimals(overall)}}, indicators


def two_decimals(value):
    """The overall score as oit publishes it (ScoreCard.rounded: value × 100 rounded to the nearest
    whole number, halves away from zero, ÷ 100). Python's round() rounds the binary value
    instead, which differs on halves: 81.975 gave 81.97 where oit computes 81.98, a warning."""
    scaled = value * 100
    whole = math.floor(scaled)
    return (whole + 1 if scaled - whole >= 0.5 else whole) / 100


INDICATOR_NAMES = {1: "การปฏิบัติหน้าที่", 2: "การใช้งบประมาณ", 3: "การใช้อำนาจ", 4: "การใช้ทรัพย์สินของราชการ",
                   5: "การแก้ไขปัญหาการทุจริต", 6: "คุณภาพการดำเนินงาน", 7: "ประสิทธิภาพการสื่อสาร",
                   8: "การปรับปรุงระบบการทำงาน", 9: "การเปิดเผยข้อมูล", 10: "การป้องกันการทุจริต"}


def make_analysis(agency, indicators):
    """An analysis entry for each indicator below the threshold (at least the weakest one)."""
    r = agency.rng
    threshold = r.choice([80, 85, 90])
    weak = sorted([k for k, v in indicators.items() if v < threshold], key=lambda k: indicators[k])
    weak = weak or [min(indicators, key=indicators.get)]
    entries = []
    for k in weak:
        entries.append({"indicator": str(k), "issue": f"ตัวชี้วัดที่ {k} {INDICATOR_NAMES[k]} ได้ {indicators[k]:.2f} คะแนน",
                        "analysis": f"{agency.name}ควรยกระดับ{INDICATOR_NAMES[k]} {agency.sentence()}",
                        "steps": [agency.sentence() for _ in range(r.randint(1, 3))],
                        "period": r.choice(PERIODS), "unit": agency.unit()})
    summary = (f"{agency.name} อำเภอ{agency.district} จังหวัด{agency.province} วิเคราะห์ผลการประเมิน ITA ประจำปี 2566 "
               f"พบตัวชี้วัดที่ต่ำกว่า {threshold} คะแนน {len(weak)} ตัวชี้วัด\n\n{agency.sentence()}\n")
    return {"threshold": threshold, "summary": summary, "entries": entries}


def make_agency(agency, template, out):
    r = agency.rng
    root = os.path.join(out, agency.slug)
    year = os.path.join(root, "2566")
    for sub in ("items", "progress", "files"):
        os.makedirs(os.path.join(year, sub), exist_ok=True)

    info = load(os.path.join(template, "agency.yaml"))
    info.update(name=agency.name, name_en=agency.name_en, kind=agency.kind, district=agency.district,
                province=agency.province, website=f"https://{agency.domain}/", base_url=f"https://{agency.domain}/oit/",
                phone=agency.phone)
    dump(info, os.path.join(root, "agency.yaml"))

    colour = "#%06x" % r.randint(0x202020, 0xa0a0a0)
    logo = open(os.path.join(template, "logo.svg"), encoding="utf-8").read()
    logo = agency.rename(logo).replace("#1f5f8b", colour).replace("อบต.</text>", agency.short + "</text>")
    open(os.path.join(root, "logo.svg"), "w", encoding="utf-8").write(logo)

    year_data = load(os.path.join(template, "2566/year.yaml"))
    for code, item in year_data["items"].items():
        year_data["items"][code] = make_item(agency, item)
    dump(year_data, os.path.join(year, "year.yaml"))
    for name in sorted(os.listdir(os.path.join(template, "2566/items"))):
        make_markdown_item(agency, os.path.join(template, "2566/items", name), os.path.join(year, "items", name))

    for name in sorted(os.listdir(os.path.join(template, "2566/files"))):
        rows = open(os.path.join(template, "2566/files", name), encoding="utf-8").read().splitlines()
        rows = [re.sub(r"(?<=,)\d+", lambda m: str(max(0, int(m.group()) + r.randint(-3, 9))), row) for row in rows]
        open(os.path.join(year, "files", name), "w", encoding="utf-8").write(agency.rename("\n".join(rows)) + "\n")

    results, indicators = make_results(agency)
    dump(results, os.path.join(year, "results.yaml"))
    dump(make_analysis(agency, indicators), os.path.join(year, "analysis.yaml"))

    measures = load(os.path.join(template, "2566/measures.yaml"))
    kept = measures["measures"][: len(measures["measures"]) - r.randint(0, 3)]
    for measure in kept:
        measure["title"] = agency.rename(measure["title"])
        if measure.get("issue"):
            measure["issue"] = agency.rename(measure["issue"])
        if measure.get("steps"):
            measure["steps"] = [agency.rename(s) for s in measure["steps"]] + [agency.sentence()]
        measure["period"] = r.choice(PERIODS)
        measure["units"] = r.sample(UNITS, r.randint(1, 3))
    measures["measures"] = kept
    dump(measures, os.path.join(year, "measures.yaml"))

    ids = {m["id"] for m in kept}
    progress = load(os.path.join(template, "2566/progress/12-month.yaml"))
    progress["date"] = agency.shift(progress["date"])
    progress["title"] = agency.rename(progress["title"])
    progress["entries"] = [e for e in progress["entries"] if e["measure"] in ids]
    for entry in progress["entries"]:
        if r.random() < 0.15:
            entry["status"] = "in-progress"
        for key in ("summary", "outcome"):
            if entry.get(key):
                entry[key] = agency.body(entry[key]) if "\n" in entry[key] else agency.summary(entry[key])
        for evidence in entry.get("evidence") or []:
            evidence["title"] = agency.rename(evidence["title"])
            evidence["url"] = agency.rename(evidence["url"])
    memo = progress["memo"]
    memo["date"] = progress["date"]
    memo["number"] = f"ที่ {r.randint(50000, 99999)}/{r.randint(1, 999)}"
    for key in ("office", "subject", "to"):
        memo[key] = agency.rename(memo[key])
    memo["body"] = agency.body(memo["body"])
    for signature in memo["signatures"]:
        signature["name"] = agency.person()
        signature["position"] = agency.rename(signature["position"])
    dump(progress, os.path.join(year, "progress", "12-month.yaml"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="content folder to create (agencies/ goes inside)")
    parser.add_argument("--template", default=os.path.join(os.path.dirname(__file__), "../../Content/agencies/klongkate"))
    args = parser.parse_args()
    agencies_dir = os.path.join(args.out, "agencies")
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(agencies_dir)
    for index in range(1, args.agencies + 1):
        make_agency(Agency(index, args.seed), args.template, agencies_dir)
    print(f"corpus: {args.agencies} agencies (seed {args.seed}) in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
