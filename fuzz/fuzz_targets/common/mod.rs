//! Builds record files in the three layouts from fuzz bytes, so that the fuzzer spends its time
//! inside the header and section grammar rather than searching for a `Country` line.

/// Country names the extractor knows, in several of the forms it accepts.
const COUNTRIES: &[&str] = &[
    "Canada",
    "Kenya",
    "Denmark",
    "CÔTE D'IVOIRE",
    "Bolivia (Plurinational State of)",
    "Viet Nam",
    "United Kingdom of Great Britain and Northern Ireland",
    "Türkiye",
    "Atlantis",
    "",
];

/// Regions of the newer site.
const REGIONS: &[&str] = &[
    "EUROPE",
    "AFRICA",
    "AMERICAS",
    "ASIA",
    "OCEANIA",
    "ARAB STATES",
];

/// Field values the fuzzer can pick instead of raw bytes.
const YEARS: &[&str] = &[
    "2012",
    "2014 - 2018",
    "2018 - 2014",
    "20x4",
    "",
    "9999",
    "2015-",
];

/// Splits the fuzz input into byte fields on `0xFF` (never valid UTF-8, so raw fields can
/// still hold any UTF-8 text).
struct Fields<'a> {
    parts: std::slice::Split<'a, u8, fn(&u8) -> bool>,
}

impl<'a> Fields<'a> {
    fn new(data: &'a [u8]) -> Self {
        fn is_separator(byte: &u8) -> bool {
            *byte == 0xFF
        }
        Fields {
            parts: data.split(is_separator as fn(&u8) -> bool),
        }
    }

    /// The next raw field, empty once the input is used up.
    fn raw(&mut self) -> &'a [u8] {
        self.parts.next().unwrap_or(&[])
    }

    /// A value from `choices` chosen by the first byte of the next field, or the field itself
    /// when that byte is odd.
    fn pick(&mut self, choices: &[&'a str]) -> Vec<u8> {
        let field = self.raw();
        match field.split_first() {
            Some((selector, rest)) if selector % 2 == 1 => rest.to_vec(),
            Some((selector, _)) => choices[usize::from(*selector / 2) % choices.len()]
                .as_bytes()
                .to_vec(),
            None => choices[0].as_bytes().to_vec(),
        }
    }
}

/// A record file of one to a few records, each in the layout chosen by the fuzz bytes.
pub fn record_file(data: &[u8]) -> Vec<u8> {
    let mut fields = Fields::new(data);
    let mut out = Vec::new();
    let control = fields.raw().to_vec();
    let n_records = control.first().map_or(1, |byte| 1 + usize::from(byte % 3));
    for record_index in 0..n_records {
        let layout = control.get(1 + record_index).copied().unwrap_or(0) % 3;
        let country = fields.pick(COUNTRIES);
        let year = fields.pick(YEARS);
        let measure = fields.raw().to_vec();
        let forms = fields.raw().to_vec();
        let description = fields.raw().to_vec();
        let source = fields.raw().to_vec();
        match layout {
            0 => labelled(
                &mut out,
                &country,
                &year,
                &measure,
                &forms,
                &description,
                &source,
            ),
            1 => table(&mut out, &country, &year, &measure, &forms, &description),
            _ => {
                let region = fields.pick(REGIONS);
                let title = fields.raw().to_vec();
                newer_site(
                    &mut out,
                    &[
                        &country,
                        &region,
                        &title,
                        &year,
                        &measure,
                        &forms,
                        &description,
                        &source,
                    ],
                );
            }
        }
        out.extend_from_slice(b"\n");
    }
    out
}

fn line(out: &mut Vec<u8>, parts: &[&[u8]]) {
    for part in parts {
        out.extend_from_slice(part);
    }
    out.push(b'\n');
}

fn labelled(
    out: &mut Vec<u8>,
    country: &[u8],
    year: &[u8],
    measure: &[u8],
    forms: &[u8],
    description: &[u8],
    source: &[u8],
) {
    line(out, &[b"Country ", country]);
    line(out, &[b"Year ", year]);
    line(out, &[b"Type of Measure ", measure]);
    line(out, &[b"Form of Violence ", forms]);
    line(out, &[b""]);
    line(out, &[b"Brief Description"]);
    line(out, &[b""]);
    line(out, &[description]);
    if !source.is_empty() {
        line(out, &[b""]);
        line(out, &[b"Source of Information"]);
        line(out, &[b""]);
        line(out, &[source]);
    }
}

fn table(
    out: &mut Vec<u8>,
    country: &[u8],
    year: &[u8],
    measure: &[u8],
    forms: &[u8],
    description: &[u8],
) {
    line(out, &[b"Country | ", country, b" |"]);
    line(out, &[b"Year | ", year, b" |"]);
    line(out, &[b"Type of Measure | ", measure, b" |"]);
    line(out, &[b"Form of Violence | ", forms, b" |"]);
    line(out, &[description]);
}

/// `parts`: country, region, title, year, measure, forms, description, source.
fn newer_site(out: &mut Vec<u8>, parts: &[&[u8]; 8]) {
    let [
        country,
        region,
        title,
        year,
        measure,
        forms,
        description,
        source,
    ] = *parts;
    let upper_country = country.to_ascii_uppercase();
    line(
        out,
        &[
            b"GLOBAL DATABASE ON VIOLENCE AGAINST WOMENCOUNTRY-PROFILE",
            &upper_country,
            b"MEASURES",
        ],
    );
    line(out, &[b"Back"]);
    line(out, &[&upper_country, b" | ", region]);
    line(out, &[title]);
    line(out, &[b"Type of Measure"]);
    line(out, &[measure]);
    line(out, &[b"Form of Violence"]);
    line(out, &[forms]);
    line(out, &[b"Year"]);
    line(out, &[year]);
    line(out, &[b"Brief Description"]);
    line(out, &[b""]);
    line(out, &[description]);
    line(out, &[b""]);
    line(out, &[b"Source of Information"]);
    line(out, &[source]);
    line(out, &[b"loading"]);
}
