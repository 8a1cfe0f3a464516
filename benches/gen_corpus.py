#!/usr/bin/env python3
"""Seeded, deterministic synthetic corpus of Global Database on Violence against Women records.

Writes N policy-measure records in the three layouts the database has published (labelled,
pipe table, the newer data.unwomen.org site with its breadcrumb and page furniture), several
records per file, for benchmarks at 1k to 1M records. Every sentence, name pattern and citation
shape is written here from scratch; nothing is copied from the database.

    usage: python3 benches/gen_corpus.py --records N [--seed S] --out PATH [--per-file K]

--per-file 0 (the default) writes one file PATH with all records; --per-file K makes PATH a
folder of part-00000.txt, part-00001.txt, ... with K records each (the last may hold fewer).

Determinism: the same N, seed and per-file give byte-identical output on any machine with
Python 3.9 or later. Randomness comes only from random.Random seeded with strings (SHA-512
seeding) and only through Random.random(), whose sequence is fixed across versions; records
are drawn in blocks of 1000, each block from its own seeded generator. No hash(), no set or dict
iteration that depends on hashing, no clock. Output is streamed: memory does not grow with N.

What the records look like, and the distributions used, is described in BENCHMARKS.md
("Synthetic corpus").
"""

import argparse
import bisect
import os
import random
import sys
import time

BLOCK = 1000  # records drawn from one seeded generator

# ---------------------------------------------------------------------------------------------
# Countries: ISO2 ISO3 region currency magnitude language sub-national-unit count, then the UN
# short name exactly as the first name of its code in src/extract/data/country-names.tsv.
# Regions follow UN M49 continents, as the site files Georgia, Jordan and Turkiye under Asia.
# magnitude ~ log10 of currency units per US dollar; language picks local names and acronyms.
# ---------------------------------------------------------------------------------------------
COUNTRY_TABLE = """\
AF AFG ASIA AFN 2 xx provinces 34 Afghanistan
AL ALB EUROPE ALL 2 xx municipalities 61 Albania
DZ DZA AFRICA DZD 2 fr wilayas 58 Algeria
AD AND EUROPE EUR 0 es parishes 7 Andorra
AO AGO AFRICA AOA 3 pt provinces 18 Angola
AG ATG AMERICAS XCD 0 en parishes 6 Antigua and Barbuda
AR ARG AMERICAS ARS 3 es provinces 23 Argentina
AM ARM ASIA AMD 2 xx provinces 10 Armenia
AU AUS OCEANIA AUD 0 en states_and_territories 8 Australia
AT AUT EUROPE EUR 0 de provinces 9 Austria
AZ AZE ASIA AZN 0 xx districts 66 Azerbaijan
BS BHS AMERICAS BSD 0 en islands 16 Bahamas
BH BHR ASIA BHD 0 ar governorates 4 Bahrain
BD BGD ASIA BDT 2 xx districts 64 Bangladesh
BB BRB AMERICAS BBD 0 en parishes 11 Barbados
BY BLR EUROPE BYN 0 xx regions 6 Belarus
BE BEL EUROPE EUR 0 fr provinces 10 Belgium
BZ BLZ AMERICAS BZD 0 en districts 6 Belize
BJ BEN AFRICA XOF 3 fr departments 12 Benin
BT BTN ASIA BTN 2 xx districts 20 Bhutan
BO BOL AMERICAS BOB 1 es departments 9 Bolivia (Plurinational State of)
BA BIH EUROPE BAM 0 xx cantons 10 Bosnia and Herzegovina
BW BWA AFRICA BWP 1 en districts 10 Botswana
BR BRA AMERICAS BRL 1 pt states 27 Brazil
BN BRN ASIA BND 0 xx districts 4 Brunei Darussalam
BG BGR EUROPE BGN 0 xx regions 28 Bulgaria
BF BFA AFRICA XOF 3 fr regions 13 Burkina Faso
BI BDI AFRICA BIF 3 fr provinces 18 Burundi
CV CPV AFRICA CVE 2 pt municipalities 22 Cabo Verde
KH KHM ASIA KHR 3 xx provinces 25 Cambodia
CM CMR AFRICA XAF 3 fr regions 10 Cameroon
CA CAN AMERICAS CAD 0 en provinces_and_territories 13 Canada
CF CAF AFRICA XAF 3 fr prefectures 16 Central African Republic
TD TCD AFRICA XAF 3 fr provinces 23 Chad
CL CHL AMERICAS CLP 3 es regions 16 Chile
CN CHN ASIA CNY 1 xx provinces 31 China
CO COL AMERICAS COP 3 es departments 32 Colombia
KM COM AFRICA KMF 2 fr islands 3 Comoros
CG COG AFRICA XAF 3 fr departments 12 Congo
CR CRI AMERICAS CRC 3 es provinces 7 Costa Rica
CI CIV AFRICA XOF 3 fr regions 31 Côte d'Ivoire
HR HRV EUROPE EUR 0 xx counties 21 Croatia
CU CUB AMERICAS CUP 1 es provinces 15 Cuba
CY CYP ASIA EUR 0 xx districts 6 Cyprus
CZ CZE EUROPE CZK 1 xx regions 14 Czechia
KP PRK ASIA KPW 3 xx provinces 9 Democratic People's Republic of Korea
CD COD AFRICA CDF 3 fr provinces 26 Democratic Republic of the Congo
DK DNK EUROPE DKK 1 xx municipalities 98 Denmark
DJ DJI AFRICA DJF 2 fr regions 6 Djibouti
DM DMA AMERICAS XCD 0 en parishes 10 Dominica
DO DOM AMERICAS DOP 1 es provinces 31 Dominican Republic
EC ECU AMERICAS USD 0 es provinces 24 Ecuador
EG EGY AFRICA EGP 1 ar governorates 27 Egypt
SV SLV AMERICAS USD 0 es departments 14 El Salvador
GQ GNQ AFRICA XAF 3 es provinces 8 Equatorial Guinea
ER ERI AFRICA ERN 1 xx regions 6 Eritrea
EE EST EUROPE EUR 0 xx counties 15 Estonia
SZ SWZ AFRICA SZL 1 en regions 4 Eswatini
ET ETH AFRICA ETB 2 xx regions 11 Ethiopia
FJ FJI OCEANIA FJD 0 en divisions 4 Fiji
FI FIN EUROPE EUR 0 xx wellbeing_services_counties 21 Finland
FR FRA EUROPE EUR 0 fr departments 101 France
GA GAB AFRICA XAF 3 fr provinces 9 Gabon
GM GMB AFRICA GMD 1 en regions 8 Gambia
GE GEO ASIA GEL 0 xx regions 11 Georgia
DE DEU EUROPE EUR 0 de federal_states 16 Germany
GH GHA AFRICA GHS 1 en regions 16 Ghana
GR GRC EUROPE EUR 0 xx regions 13 Greece
GD GRD AMERICAS XCD 0 en parishes 6 Grenada
GT GTM AMERICAS GTQ 1 es departments 22 Guatemala
GN GIN AFRICA GNF 4 fr regions 8 Guinea
GW GNB AFRICA XOF 3 pt regions 9 Guinea-Bissau
GY GUY AMERICAS GYD 2 en regions 10 Guyana
HT HTI AMERICAS HTG 2 fr departments 10 Haiti
HN HND AMERICAS HNL 1 es departments 18 Honduras
HU HUN EUROPE HUF 2 xx counties 19 Hungary
IS ISL EUROPE ISK 2 xx regions 8 Iceland
IN IND ASIA INR 2 en states 28 India
ID IDN ASIA IDR 4 xx provinces 38 Indonesia
IR IRN ASIA IRR 5 xx provinces 31 Iran (Islamic Republic of)
IQ IRQ ASIA IQD 3 ar governorates 18 Iraq
IE IRL EUROPE EUR 0 en counties 26 Ireland
IL ISR ASIA ILS 0 xx districts 6 Israel
IT ITA EUROPE EUR 0 xx regions 20 Italy
JM JAM AMERICAS JMD 2 en parishes 14 Jamaica
JP JPN ASIA JPY 2 xx prefectures 47 Japan
JO JOR ASIA JOD 0 ar governorates 12 Jordan
KZ KAZ ASIA KZT 2 xx regions 17 Kazakhstan
KE KEN AFRICA KES 2 en counties 47 Kenya
KI KIR OCEANIA AUD 0 en islands 21 Kiribati
KW KWT ASIA KWD 0 ar governorates 6 Kuwait
KG KGZ ASIA KGS 2 xx regions 7 Kyrgyzstan
LA LAO ASIA LAK 4 xx provinces 17 Lao People's Democratic Republic
LV LVA EUROPE EUR 0 xx municipalities 43 Latvia
LB LBN ASIA LBP 4 ar governorates 8 Lebanon
LS LSO AFRICA LSL 1 en districts 10 Lesotho
LR LBR AFRICA LRD 2 en counties 15 Liberia
LY LBY AFRICA LYD 0 ar districts 22 Libya
LI LIE EUROPE CHF 0 de municipalities 11 Liechtenstein
LT LTU EUROPE EUR 0 xx municipalities 60 Lithuania
LU LUX EUROPE EUR 0 fr cantons 12 Luxembourg
MG MDG AFRICA MGA 3 fr regions 23 Madagascar
MW MWI AFRICA MWK 3 en districts 28 Malawi
MY MYS ASIA MYR 0 xx states 13 Malaysia
MV MDV ASIA MVR 1 xx atolls 20 Maldives
ML MLI AFRICA XOF 3 fr regions 10 Mali
MT MLT EUROPE EUR 0 en localities 68 Malta
MH MHL OCEANIA USD 0 en atolls 24 Marshall Islands
MR MRT AFRICA MRU 1 fr regions 15 Mauritania
MU MUS AFRICA MUR 1 en districts 9 Mauritius
MX MEX AMERICAS MXN 1 es states 32 Mexico
FM FSM OCEANIA USD 0 en states 4 Micronesia (Federated States of)
MC MCO EUROPE EUR 0 fr wards 4 Monaco
MN MNG ASIA MNT 3 xx provinces 21 Mongolia
ME MNE EUROPE EUR 0 xx municipalities 25 Montenegro
MA MAR AFRICA MAD 1 fr regions 12 Morocco
MZ MOZ AFRICA MZN 1 pt provinces 11 Mozambique
MM MMR ASIA MMK 3 xx states_and_regions 14 Myanmar
NA NAM AFRICA NAD 1 en regions 14 Namibia
NR NRU OCEANIA AUD 0 en districts 14 Nauru
NP NPL ASIA NPR 2 xx provinces 7 Nepal
NL NLD EUROPE EUR 0 xx provinces 12 Netherlands (Kingdom of the)
NZ NZL OCEANIA NZD 0 en regions 16 New Zealand
NI NIC AMERICAS NIO 1 es departments 15 Nicaragua
NE NER AFRICA XOF 3 fr regions 8 Niger
NG NGA AFRICA NGN 3 en states 36 Nigeria
MK MKD EUROPE MKD 1 xx municipalities 80 North Macedonia
NO NOR EUROPE NOK 1 xx counties 15 Norway
OM OMN ASIA OMR 0 ar governorates 11 Oman
PK PAK ASIA PKR 2 en provinces 4 Pakistan
PW PLW OCEANIA USD 0 en states 16 Palau
PA PAN AMERICAS PAB 0 es provinces 10 Panama
PG PNG OCEANIA PGK 0 en provinces 22 Papua New Guinea
PY PRY AMERICAS PYG 3 es departments 17 Paraguay
PE PER AMERICAS PEN 0 es regions 25 Peru
PH PHL ASIA PHP 1 en regions 17 Philippines
PL POL EUROPE PLN 0 xx voivodeships 16 Poland
PT PRT EUROPE EUR 0 pt districts 18 Portugal
QA QAT ASIA QAR 0 ar municipalities 8 Qatar
KR KOR ASIA KRW 3 xx provinces_and_metropolitan_cities 17 Republic of Korea
MD MDA EUROPE MDL 1 xx districts 32 Republic of Moldova
RO ROU EUROPE RON 0 xx counties 41 Romania
RU RUS EUROPE RUB 2 xx regions 85 Russian Federation
RW RWA AFRICA RWF 3 fr districts 30 Rwanda
KN KNA AMERICAS XCD 0 en parishes 14 Saint Kitts and Nevis
LC LCA AMERICAS XCD 0 en districts 10 Saint Lucia
VC VCT AMERICAS XCD 0 en parishes 6 Saint Vincent and the Grenadines
WS WSM OCEANIA WST 0 en districts 11 Samoa
SM SMR EUROPE EUR 0 xx municipalities 9 San Marino
ST STP AFRICA STN 1 pt districts 7 Sao Tome and Principe
SA SAU ASIA SAR 0 ar regions 13 Saudi Arabia
SN SEN AFRICA XOF 3 fr regions 14 Senegal
RS SRB EUROPE RSD 2 xx districts 29 Serbia
SC SYC AFRICA SCR 1 en districts 26 Seychelles
SL SLE AFRICA SLE 1 en districts 16 Sierra Leone
SG SGP ASIA SGD 0 en regions 5 Singapore
SK SVK EUROPE EUR 0 xx regions 8 Slovakia
SI SVN EUROPE EUR 0 xx municipalities 212 Slovenia
SB SLB OCEANIA SBD 1 en provinces 9 Solomon Islands
SO SOM AFRICA SOS 2 xx regions 18 Somalia
ZA ZAF AFRICA ZAR 1 en provinces 9 South Africa
SS SSD AFRICA SSP 3 en states 10 South Sudan
ES ESP EUROPE EUR 0 es autonomous_communities 17 Spain
LK LKA ASIA LKR 2 en districts 25 Sri Lanka
SD SDN AFRICA SDG 3 ar states 18 Sudan
SR SUR AMERICAS SRD 1 xx districts 10 Suriname
SE SWE EUROPE SEK 1 xx municipalities 290 Sweden
CH CHE EUROPE CHF 0 fr cantons 26 Switzerland
SY SYR ASIA SYP 4 ar governorates 14 Syrian Arab Republic
TJ TJK ASIA TJS 1 xx regions 5 Tajikistan
TH THA ASIA THB 1 xx provinces 77 Thailand
TL TLS ASIA USD 0 pt municipalities 13 Timor-Leste
TG TGO AFRICA XOF 3 fr regions 5 Togo
TO TON OCEANIA TOP 0 en island_groups 5 Tonga
TT TTO AMERICAS TTD 1 en municipal_corporations 14 Trinidad and Tobago
TN TUN AFRICA TND 0 fr governorates 24 Tunisia
TR TUR ASIA TRY 1 xx provinces 81 Türkiye
TM TKM ASIA TMT 0 xx provinces 5 Turkmenistan
TV TUV OCEANIA AUD 0 en islands 9 Tuvalu
UG UGA AFRICA UGX 3 en districts 135 Uganda
UA UKR EUROPE UAH 1 xx regions 24 Ukraine
AE ARE ASIA AED 0 ar emirates 7 United Arab Emirates
GB GBR EUROPE GBP 0 en local_authorities 361 United Kingdom of Great Britain and Northern Ireland
TZ TZA AFRICA TZS 3 en regions 31 United Republic of Tanzania
US USA AMERICAS USD 0 en states 50 United States of America
UY URY AMERICAS UYU 1 es departments 19 Uruguay
UZ UZB ASIA UZS 4 xx regions 12 Uzbekistan
VU VUT OCEANIA VUV 2 en provinces 6 Vanuatu
VE VEN AMERICAS VES 1 es states 23 Venezuela (Bolivarian Republic of)
VN VNM ASIA VND 4 xx provinces 63 Viet Nam
YE YEM ASIA YER 2 ar governorates 22 Yemen
ZM ZMB AFRICA ZMW 1 en provinces 10 Zambia
ZW ZWE AFRICA USD 0 en provinces 10 Zimbabwe
VA VAT EUROPE EUR 0 xx offices 1 Holy See
PS PSE ASIA ILS 0 ar governorates 16 State of Palestine
"""

# Countries with many records on the real site come first; the rest follow in a fixed shuffle.
POPULAR = (
    "MX ES BR AR CO AU GB CA IN IT DE FR JM CL PE US ZA KE PH NG GT EC TR MA UG NZ SE FI BO "
    "PT VN EG JO NP LB DO HN PK BD SV UY ID IE NO DK"
).split()

# A few formal names and variants, each written exactly as in country-names.tsv.
VARIANTS = {
    "TR": ["Turkiye", "Turkiye", "Republic of Türkiye", "Turkey"],
    "VN": ["Vietnam", "Socialist Republic of Viet Nam"],
    "GB": ["United Kingdom", "United Kingdom", "UK"],
    "US": ["United States", "United States", "USA"],
    "CZ": ["Czech Republic"],
    "BO": ["Bolivia", "Plurinational State of Bolivia"],
    "VE": ["Venezuela", "Bolivarian Republic of Venezuela"],
    "IR": ["Iran", "Islamic Republic of Iran"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "CV": ["Cape Verde"],
    "SZ": ["Swaziland", "Kingdom of Eswatini"],
    "NL": ["Netherlands", "Kingdom of the Netherlands"],
    "LA": ["Lao PDR"],
    "KR": ["South Korea"],
    "RU": ["Russia"],
    "SY": ["Syria"],
    "MK": ["Republic of North Macedonia", "The former Yugoslav Republic of Macedonia"],
    "MA": ["Kingdom of Morocco"],
    "KE": ["Republic of Kenya"],
    "PS": ["Palestine"],
    "CD": ["Democratic Republic of Congo"],
    "MX": ["United Mexican States"],
    "FM": ["Micronesia"],
    "CI": ["Ivory Coast"],
    "GM": ["The Gambia"],
}

PROSE_NAME = {
    "BO": "Bolivia", "IR": "Iran", "VE": "Venezuela", "FM": "Micronesia", "NL": "the Netherlands",
    "GB": "the United Kingdom", "US": "the United States", "TZ": "Tanzania",
    "KR": "the Republic of Korea", "MD": "the Republic of Moldova", "LA": "Lao PDR",
    "KP": "the Democratic People's Republic of Korea", "CD": "the Democratic Republic of the Congo",
    "CF": "the Central African Republic", "DO": "the Dominican Republic", "BS": "the Bahamas",
    "GM": "the Gambia", "PH": "the Philippines", "KM": "the Comoros", "MV": "the Maldives",
    "MH": "the Marshall Islands", "SB": "Solomon Islands", "RU": "the Russian Federation",
    "SY": "the Syrian Arab Republic", "AE": "the United Arab Emirates", "VA": "the Holy See",
    "PS": "the State of Palestine", "CG": "the Congo", "NE": "the Niger", "SD": "the Sudan",
    "SC": "Seychelles", "CZ": "Czechia", "TR": "Türkiye",
}

CURRENCY_WORD = {
    "KES": "shillings", "UGX": "shillings", "TZS": "shillings", "SOS": "shillings",
    "ARS": "pesos", "MXN": "pesos", "COP": "pesos", "CLP": "pesos", "UYU": "pesos",
    "DOP": "pesos", "CUP": "pesos", "PHP": "pesos", "BRL": "reais", "INR": "rupees",
    "PKR": "rupees", "LKR": "rupees", "NPR": "rupees", "MUR": "rupees", "SCR": "rupees",
    "NGN": "naira", "ZAR": "rand", "EUR": "euros", "GBP": "pounds", "EGP": "pounds",
    "JOD": "dinars", "TND": "dinars", "DZD": "dinars", "RSD": "dinars", "IQD": "dinars",
    "LYD": "dinars", "KWD": "dinars", "BHD": "dinars", "XOF": "CFA francs", "XAF": "CFA francs",
    "KMF": "francs", "DJF": "francs", "GNF": "francs", "BIF": "francs", "RWF": "francs",
    "CDF": "francs", "CHF": "Swiss francs", "MAD": "dirhams", "AED": "dirhams", "SAR": "riyals",
    "QAR": "riyals", "ZMW": "kwacha", "MWK": "kwacha", "GHS": "cedis", "JPY": "yen",
    "KRW": "won", "CNY": "yuan", "VND": "dong", "THB": "baht", "IDR": "rupiah", "BDT": "taka",
    "NOK": "kroner", "DKK": "kroner", "SEK": "kronor", "UAH": "hryvnias", "RUB": "roubles",
    "MDL": "lei", "RON": "lei", "PLN": "zloty", "HUF": "forints", "KZT": "tenge", "PEN": "soles",
    "GTQ": "quetzales", "HNL": "lempiras", "CRC": "colones", "BOB": "bolivianos", "ETB": "birr",
    "GEL": "lari", "AUD": "dollars", "CAD": "dollars", "USD": "dollars", "NZD": "dollars",
    "JMD": "dollars", "TTD": "dollars", "FJD": "dollars", "NAD": "dollars", "LRD": "dollars",
    "GYD": "dollars", "BBD": "dollars", "BSD": "dollars", "BZD": "dollars", "XCD": "dollars",
    "SGD": "dollars", "SBD": "dollars",
}
CURRENCY_SIGN = {"USD": "$", "CAD": "$", "AUD": "$", "NZD": "$", "EUR": "€", "GBP": "£",
                 "ZAR": "R ", "INR": "₹", "NGN": "₦", "PHP": "₱", "JMD": "J$", "BRL": "R$"}

FEDERAL = {"US", "DE", "AT", "BR", "MX", "AR", "IN", "NG", "AU", "CA", "CH", "RU", "BE", "ET",
           "MY", "PK", "VE", "NP", "SO", "SS", "BA", "FM", "KN", "AE", "IQ"}

# ---------------------------------------------------------------------------------------------
# Taxonomy (TAXONOMY.md §4 and §5): weight, value, kind of measure the prose describes.
# ---------------------------------------------------------------------------------------------
MEASURE_TYPES = [
    (14, "Policies > National action plan specific to violence against women", "plan"),
    (5, "Policies > National strategy specific to violence against women", "plan"),
    (5, "Policies > Inclusion of violence against women in other national plan/strategy", "plan"),
    (16, "Violence against women > Legislation", "law"),
    (3, "Monitoring and Evaluation > Laws", "monitor"),
    (2, "Monitoring and Evaluation > Policies", "monitor"),
    (2, "Monitoring and Evaluation > Services", "monitor"),
    (6, "Institutional mechanisms", "mechanism"),
    (9, "Prevention > Awareness-raising /Campaigns", "campaign"),
    (3, "Prevention > Community mobilization", "campaign"),
    (1.5, "Regional Initiatives", "mechanism"),
    (5, "Social services > Hotline/Helpline", "hotline"),
    (5, "Social services > Shelter/Safe accommodation", "shelter"),
    (3, "Social services > Psycho-social counselling", "shelter"),
    (2, "Social services > Legal aid", "shelter"),
    (4, "Coordinated and or Integrated service delivery > Integrated services delivery",
     "integrated"),
    (2, "Coordinated and or Integrated service delivery > Referral services", "integrated"),
    (3, "Health > Protocols and guidelines", "health"),
    (6, "Police > Protocols and guidelines", "police"),
    (5, "Police > Training", "training"),
    (3, "Police > Specialized units", "police"),
    (4, "Justice > Training", "training"),
    (2, "Justice > Protocols and guidelines", "justice"),
    (2, "Justice > Specialized courts", "justice"),
    (3, "Administrative data > Police", "data"),
    (2, "Administrative data > Justice", "data"),
    (4, "Research and statistical data > Dedicated violence against women survey", "survey"),
    (4, "Research and statistical data > Other research and statistical data", "data"),
    (1, "Work with public private sectors > Military", "military"),
]
# Plausible values not seen in the stored pages: the taxonomy is open.
UNSEEN_TYPES = [
    ("Prevention > Working with men and boys", "campaign"),
    ("Health > Training", "training"),
    ("Prevention > Education", "campaign"),
    ("Work with public private sectors > Private sector", "military"),
    ("Social services > Economic empowerment", "shelter"),
    ("Administrative data > Health", "data"),
    ("Justice > Legal aid", "justice"),
    ("Monitoring and Evaluation > Budget tracking", "monitor"),
]
COMPANIONS = {
    "law": ["Police > Protocols and guidelines", "Social services > Hotline/Helpline",
            "Justice > Specialized courts", "Social services > Shelter/Safe accommodation",
            "Social services > Legal aid", "Institutional mechanisms"],
    "plan": ["Institutional mechanisms", "Prevention > Awareness-raising /Campaigns",
             "Monitoring and Evaluation > Policies",
             "Coordinated and or Integrated service delivery > Integrated services delivery"],
    "training": ["Police > Training", "Justice > Training", "Police > Protocols and guidelines",
                 "Health > Protocols and guidelines"],
    "police": ["Administrative data > Police", "Police > Training", "Police > Specialized units"],
    "data": ["Administrative data > Police", "Administrative data > Justice",
             "Monitoring and Evaluation > Services"],
    "survey": ["Research and statistical data > Other research and statistical data"],
    "hotline": ["Social services > Psycho-social counselling",
                "Coordinated and or Integrated service delivery > Referral services"],
    "shelter": ["Social services > Psycho-social counselling", "Social services > Legal aid",
                "Social services > Hotline/Helpline"],
    "integrated": ["Social services > Shelter/Safe accommodation", "Health > Protocols and guidelines",
                   "Social services > Psycho-social counselling"],
    "campaign": ["Prevention > Community mobilization", "Prevention > Awareness-raising /Campaigns"],
    "mechanism": ["Policies > National action plan specific to violence against women",
                  "Monitoring and Evaluation > Policies"],
    "monitor": ["Institutional mechanisms", "Administrative data > Justice"],
    "health": ["Social services > Psycho-social counselling", "Health > Protocols and guidelines"],
    "justice": ["Justice > Training", "Administrative data > Justice"],
    "military": ["Police > Training", "Justice > Protocols and guidelines"],
}

FORMS = [  # weight, value, topic
    (22, "Domestic violence/Intimate partner violence", "dv"),
    (17, "Violence against women and girls", "vawg"),
    (4, "Trafficking", "trafficking"),
    (4, "Sexual harassment", "harassment"),
    (5, "Sexual violence", "sexual"),
    (3, "Femicide/Feminicide", "femicide"),
    (2, "Female Genital Mutilation/Cutting (FGM/C)", "fgm"),
    (1, "Stalking", "dv"),
    (1, "Economic violence", "dv"),
    (1, "Online violence", "online"),
]
UNSEEN_FORMS = [("Child marriage", "marriage"), ("Early and forced marriage", "marriage"),
                ("Psychological violence", "dv"), ("Other", "vawg"),
                ("Technology-facilitated violence", "online")]

TOPIC_PHRASES = {
    "dv": ["domestic violence", "violence in the family", "intimate partner violence",
           "family violence", "domestic and family violence"],
    "vawg": ["violence against women", "gender-based violence", "violence against women and girls",
             "all forms of violence against women"],
    "trafficking": ["trafficking in persons", "human trafficking",
                    "trafficking in women and children"],
    "harassment": ["sexual harassment", "sexual harassment at work",
                   "harassment in public spaces"],
    "sexual": ["sexual violence", "sexual offences", "rape and sexual assault"],
    "femicide": ["femicide", "gender-related killings of women", "feminicide"],
    "fgm": ["female genital mutilation", "female genital mutilation/cutting"],
    "online": ["online violence", "technology-facilitated violence against women",
               "image-based abuse"],
    "marriage": ["child marriage", "early and forced marriage"],
}
TOPIC_TITLE = {
    "dv": ["Domestic Violence", "Family Violence", "Violence in the Family",
           "Domestic and Family Violence"],
    "vawg": ["Violence against Women", "Gender-Based Violence", "Violence against Women and Girls"],
    "trafficking": ["Trafficking in Persons", "Human Trafficking", "Trafficking in Human Beings"],
    "harassment": ["Sexual Harassment", "Harassment in the Workplace"],
    "sexual": ["Sexual Violence", "Sexual Offences"],
    "femicide": ["Femicide", "Feminicide"],
    "fgm": ["Female Genital Mutilation", "FGM"],
    "online": ["Online Violence against Women", "Cyber Violence"],
    "marriage": ["Child Marriage", "Early and Forced Marriage"],
}

# ---------------------------------------------------------------------------------------------
# Institutions. A country's institutions are drawn once from a generator seeded by its code, so
# that the same bodies recur across its records (as on the real site) and across seeds.
# An institution is (name, acronym or None, takes "the").
# ---------------------------------------------------------------------------------------------
WOMEN_MINISTRY = [
    "Women's Affairs", "Gender Equality", "Gender, Children and Social Protection",
    "Women, Family and Children", "Gender and Family Promotion", "Women and Child Development",
    "Gender Equality and Family", "Gender and Social Development", "Family, Women and Social Affairs",
    "Women, Youth and Sports", "the Advancement of Women", "Women and Vulnerable Populations",
    "Gender, Labour and Social Development", "Women, Children and Social Welfare",
    "Social Affairs and Gender Equality", "Women's and Children's Affairs",
    "Gender, Child and Social Welfare", "Family and Social Policy", "Women and Social Action",
    "Social Solidarity and the Family", "Women, Community and Social Development",
]
WOMEN_BODY = [
    "National Institute for Women", "National Women's Council", "Department of Women",
    "Office of Gender Affairs", "Bureau of Gender Affairs", "Secretariat for Women",
    "Gender Equality Agency", "National Commission for Women", "National Women's Service",
    "State Secretariat for Equality", "Women's Affairs Department", "Gender Equality Office",
    "National Gender Machinery Directorate", "Council for the Status of Women",
]
JUSTICE = ["Ministry of Justice", "Ministry of Justice and Constitutional Affairs",
           "Ministry of Justice and Human Rights", "Department of Justice", "Ministry of Legal Affairs",
           "Ministry of Justice and Public Security"]
INTERIOR = ["Ministry of the Interior", "Ministry of Internal Affairs", "Ministry of Home Affairs",
            "Ministry of Public Security", "Ministry of Security", "Ministry of National Security"]
HEALTH = ["Ministry of Health", "Ministry of Public Health", "Ministry of Health and Social Services",
          "Ministry of Health and Wellness", "Ministry of Health and Population"]
EDUCATION = ["Ministry of Education", "Ministry of National Education",
             "Ministry of Education and Science", "Ministry of Education, Youth and Information",
             "Ministry of Basic and Secondary Education"]
SOCIAL = ["Ministry of Social Development", "Ministry of Labour and Social Protection",
          "Department of Social Welfare", "Ministry of Social Affairs",
          "Ministry of Labour, Employment and Social Security", "Social Welfare Department"]
POLICE_UNIT = [
    ("Family Protection Unit", True), ("Domestic Violence Unit", True),
    ("Gender-Based Violence Unit", True), ("Women and Children Protection Desks", True),
    ("Victim Support Unit", True), ("Sexual Offences and Domestic Violence Unit", True),
    ("Family and Juvenile Unit", False), ("Special Victims Unit", False),
    ("Gender Desk", False), ("Family and Sexual Violence Unit", True),
    ("Child and Gender Protection Unit", True), ("Anti-Trafficking Unit", True),
]
PROSECUTOR = ["Office of the Director of Public Prosecutions", "Public Prosecutor's Office",
              "Attorney General's Office", "National Prosecution Service",
              "Office of the Prosecutor General", "Public Prosecution Service"]
JUDICIAL_SCHOOL = ["Judicial Training Institute", "Judicial Academy", "School of Magistrates",
                   "Judicial Studies Institute", "National School of the Judiciary",
                   "Judicial Education Institute"]
STATISTICS = ["National Bureau of Statistics", "National Statistics Office",
              "National Institute of Statistics", "Central Statistics Office",
              "General Statistics Office", "Bureau of Statistics"]
COORDINATION = [
    "National Council for Gender Equality", "National Commission on Violence against Women",
    "Inter-ministerial Committee on Gender-Based Violence",
    "National Coordinating Committee on Domestic Violence",
    "Gender-Based Violence Steering Committee", "National Task Force on Trafficking in Persons",
    "High Council for Women", "Gender Equality Council", "Domestic Violence Management Board",
    "National Observatory on Violence against Women", "Inter-Agency Council against Trafficking",
    "National Committee on the Prevention of Domestic Violence",
]
RIGHTS = ["National Human Rights Commission", "Office of the Ombudsman", "Ombudsperson's Office",
          "Commission on Human Rights", "Human Rights Defender's Office",
          "Commissioner for Human Rights"]
LEGAL_AID = ["Legal Aid Board", "Legal Aid Commission", "National Legal Aid Service",
             "Public Defender's Office", "Legal Aid Council"]
NGO_GENERIC = [
    "Women Lawyers Association", "Women's Rights Centre", "Women's Crisis Centre",
    "Coalition against Domestic Violence", "Women's Aid Federation",
    "Network against Violence against Women", "Women's Legal Centre", "Men for Gender Equality",
    "Association of Women's Shelters", "Centre for Women's Rights and Development",
    "Federation of Women Lawyers", "Women in Law and Development", "Girls' Empowerment Network",
    "Association for Women's Rights", "Rural Women's Network", "Survivors' Support Alliance",
]
NGO_LOCAL = {
    "es": ["Asociación Mujeres en Acción", "Fundación Vida Digna", "Red Nacional de Refugios",
           "Colectivo Mujeres Libres", "Asociación Pro Mujer Rural", "Fundación Sin Violencia",
           "Centro de la Mujer Peruana", "Red de Mujeres Jóvenes"],
    "pt": ["Associação Mulheres Unidas", "Rede Mulher Cidadã", "Instituto Maria Vitória",
           "Associação de Apoio à Vítima", "Fórum Mulher Solidária"],
    "fr": ["Association Femmes Solidarité", "Réseau des Femmes Juristes",
           "Association pour la Défense des Droits des Femmes", "Centre d'Écoute Amal",
           "Collectif Femmes et Développement", "Fédération des Associations Féminines"],
    "ar": ["Women's Union", "Association for the Protection of the Family",
           "Arab Women Organization", "Sisterhood Is Global Institute",
           "Family Guidance and Awareness Centre"],
    "de": ["Verein Frauenhäuser", "Frauenhelpline Netzwerk", "Autonome Frauenhäuser Verband"],
}
LOCAL_WOMEN_ACRONYM = {
    "es": ["INMUJER", "INAMU", "CONAMU", "SEMUJER", "INMUJERES", "SERNAMEG", "MIMDES", "SEPREM"],
    "pt": ["SPM", "CIG", "ICIEG", "IDIM", "INAM"],
    "fr": ["MPFE", "MFFE", "MASSN", "MPFPE", "MFFS"],
}
POLICE_LOCAL = {
    "es": ["National Police", "Civil Police", "Carabineros"],
    "pt": ["Public Security Police", "National Republican Guard", "Military Police"],
    "fr": ["National Gendarmerie", "National Police", "Directorate-General for National Security"],
}

# name, acronym, takes "the", share of first mentions written as the acronym alone, region or ""
INTERNATIONAL = [
    ("UN Women", None, False, 1.0, ""),
    ("United Nations Population Fund", "UNFPA", True, 0.7, ""),
    ("United Nations Development Programme", "UNDP", True, 0.7, ""),
    ("United Nations Children's Fund", "UNICEF", True, 0.8, ""),
    ("United Nations Office on Drugs and Crime", "UNODC", True, 0.6, ""),
    ("World Health Organization", "WHO", True, 0.5, ""),
    ("International Organization for Migration", "IOM", True, 0.5, ""),
    ("International Labour Organization", "ILO", True, 0.5, ""),
    ("Office of the United Nations High Commissioner for Refugees", "UNHCR", True, 0.8, ""),
    ("World Bank", None, True, 0.0, ""),
    ("Spotlight Initiative", None, True, 0.0, ""),
    ("European Union", "EU", True, 0.2, "EUROPE"),
    ("Council of Europe", None, True, 0.0, "EUROPE"),
    ("Organization for Security and Co-operation in Europe", "OSCE", True, 0.6, "EUROPE"),
    ("European Commission", None, True, 0.0, "EUROPE"),
    ("Inter-American Development Bank", "IDB", True, 0.3, "AMERICAS"),
    ("Inter-American Commission of Women", "CIM", True, 0.3, "AMERICAS"),
    ("Organization of American States", "OAS", True, 0.3, "AMERICAS"),
    ("African Union", "AU", True, 0.1, "AFRICA"),
    ("African Development Bank", "AfDB", True, 0.3, "AFRICA"),
    ("Economic Community of West African States", "ECOWAS", True, 0.6, "AFRICA"),
    ("Asian Development Bank", "ADB", True, 0.3, "ASIA"),
    ("Association of Southeast Asian Nations", "ASEAN", True, 0.7, "ASIA"),
    ("Pacific Islands Forum Secretariat", None, True, 0.0, "OCEANIA"),
    ("Pacific Community", "SPC", True, 0.2, "OCEANIA"),
]
DONORS = [  # name, acronym, takes "the", code of the donor country ("" if none)
    ("United States Agency for International Development", "USAID", True, "US"),
    ("German Agency for International Cooperation", "GIZ", True, "DE"),
    ("Swedish International Development Cooperation Agency", "Sida", True, "SE"),
    ("Norwegian Agency for Development Cooperation", "Norad", True, "NO"),
    ("Korea International Cooperation Agency", "KOICA", True, "KR"),
    ("Japan International Cooperation Agency", "JICA", True, "JP"),
    ("Australian Department of Foreign Affairs and Trade", "DFAT", True, "AU"),
    ("Government of Canada", None, True, "CA"),
    ("Government of the Netherlands", None, True, "NL"),
    ("Spanish Agency for International Development Cooperation", "AECID", True, "ES"),
    ("Government of Luxembourg", None, True, "LU"),
    ("Swiss Agency for Development and Cooperation", "SDC", True, "CH"),
    ("Foreign, Commonwealth and Development Office", "FCDO", True, "GB"),
]

SMALL_WORDS = {"of", "and", "the", "for", "on", "in", "against", "to", "de", "la", "des", "du",
               "et", "y", "e", "da", "do", "a", "with", "des", "les", "el"}


def acronym_of(name):
    """Initials of the significant words: 'Ministry of Social Affairs' -> 'MSA' (None if the
    initials are too few to make an acronym anyone would use)."""
    letters = []
    for word in name.replace(",", " ").replace("-", " ").split():
        if word.lower() in SMALL_WORDS or not word[0].isalpha():
            continue
        letters.append(word[0].upper())
    return "".join(letters) if len(letters) >= 3 else None


class Rng:
    """The only source of randomness: Random.random(), whose sequence is stable across versions."""

    __slots__ = ("random",)

    def __init__(self, key):
        self.random = random.Random(key).random

    def pick(self, seq):
        return seq[int(self.random() * len(seq))]

    def int(self, low, high):
        """Uniform integer in [low, high]."""
        return low + int(self.random() * (high - low + 1))

    def chance(self, p):
        return self.random() < p

    def weighted(self, cumulative, items):
        return items[bisect.bisect_right(cumulative, self.random() * cumulative[-1])]

    def shuffled(self, seq):
        items = list(seq)
        for i in range(len(items) - 1, 0, -1):
            j = int(self.random() * (i + 1))
            items[i], items[j] = items[j], items[i]
        return items

    def sample(self, seq, k):
        """k distinct items in random order (a partial Fisher-Yates shuffle)."""
        items = list(seq)
        n = len(items)
        k = min(k, n)
        random_ = self.random
        for i in range(k):
            j = i + int(random_() * (n - i))
            items[i], items[j] = items[j], items[i]
        return items[:k]


def cumulate(weights):
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


class Country:
    __slots__ = ("iso2", "iso3", "region", "currency", "magnitude", "lang", "unit", "units",
                 "name", "prose", "poss", "gov", "institutions", "laws", "places")

    def __init__(self, line):
        parts = line.split(" ", 8)
        self.iso2, self.iso3, self.region, self.currency = parts[0], parts[1], parts[2], parts[3]
        self.magnitude = int(parts[4])
        self.lang = parts[5]
        self.unit = parts[6].replace("_", " ")
        self.units = int(parts[7])
        self.name = parts[8]
        prose = PROSE_NAME.get(self.iso2, self.name)
        self.prose = prose
        self.poss = prose + ("'" if prose.endswith("s") else "'s")
        self.gov = "Government of " + prose
        self.institutions = None
        self.laws = None
        self.places = None


COUNTRIES = [Country(line) for line in COUNTRY_TABLE.splitlines() if line.strip()]
assert len(COUNTRIES) == 195, len(COUNTRIES)
BY_ISO2 = {country.iso2: country for country in COUNTRIES}


def country_order():
    rest = [c.iso2 for c in COUNTRIES if c.iso2 not in POPULAR]
    rest = Rng("vawkg-corpus/country-order").shuffled(rest)
    return [BY_ISO2[code] for code in POPULAR + rest]


ORDERED_COUNTRIES = country_order()
COUNTRY_CUMULATIVE = cumulate([1.0 / (rank + 8) for rank in range(len(ORDERED_COUNTRIES))])

PLACE_STEMS = {
    "es": ["San Martín", "Río Claro", "Santa Lucía", "Puerto Álvarez", "Villa Concepción",
           "Cañada Honda", "Loma Bonita", "El Tránsito", "San José de la Peña", "Los Ángeles del Sur",
           "Valle Alto", "Nueva Esperanza", "Cerro Azul", "La Unión", "Peñas Blancas"],
    "pt": ["São Bento", "Vila Nova", "Ribeirão Claro", "Água Branca", "Campo Alegre",
           "Santa Rita", "Boa Esperança", "Porto Seguro do Norte", "Conceição"],
    "fr": ["Saint-Étienne-du-Lac", "Bénoué-Nord", "Côte-Basse", "Île-Verte", "Haut-Plateau",
           "Vallée du Fleuve", "Pays-Bas-du-Nord", "Bordj Sud", "Kérou", "Dakoro-Est"],
    "ar": ["Al-Wadi", "Al-Shamal", "Ras al-Ayn", "Wadi al-Nour", "Al-Jabal", "Bab al-Sahel",
           "Al-Rimal", "Tal al-Zaytun"],
    "de": ["Oberfeld", "Niederau", "Steinbrück", "Großwalden", "Mühlbach", "Südtal"],
    "xx": ["Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Coastal",
           "Highland", "Lake", "River", "Mountain", "Valley", "Border"],
    "en": ["Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Coastal",
           "Highland", "Lake", "River", "Mountain", "Valley", "Border"],
}


# Laws are named as the country's legal tradition names them: "Acts" in common-law countries,
# numbered laws elsewhere.
EN_LAW = {
    "dv": ["Domestic Violence Act", "Family Violence Act", "Domestic Abuse Act",
           "Protection from Domestic Violence Act", "Domestic Violence (Prevention and Protection) Act",
           "Family Protection Act"],
    "vawg": ["Violence against Women Act", "Gender-Based Violence Act",
             "Prevention of Gender-Based Violence Act", "Protection of Women against Violence Act"],
    "sexual": ["Sexual Offences Act", "Sexual Offences (Amendment) Act", "Criminal Law (Sexual Offences) Act"],
    "trafficking": ["Trafficking in Persons Act", "Anti-Trafficking in Persons Act",
                    "Prevention of Trafficking in Persons Act", "Counter-Trafficking Act"],
    "harassment": ["Sexual Harassment Act", "Protection against Harassment Act",
                   "Employment (Sexual Harassment) Act"],
    "femicide": ["Gender-Based Violence Act", "Criminal Law (Amendment) Act"],
    "fgm": ["Prohibition of Female Genital Mutilation Act", "Female Genital Mutilation Act"],
    "online": ["Online Safety Act", "Cybercrimes Act", "Harmful Digital Communications Act"],
    "marriage": ["Prohibition of Child Marriage Act", "Marriage (Minimum Age) Act"],
}
CIVIL_LAW = {
    "dv": ["on Preventing and Combating Domestic Violence", "on Protection against Domestic Violence",
           "on the Prevention of Violence in the Family", "on Family Violence"],
    "vawg": ["on Combating Violence against Women", "on the Elimination of Violence against Women",
             "on Women's Right to a Life Free of Violence", "on Gender-Based Violence"],
    "sexual": ["on Combating Sexual Violence", "on Sexual Offences"],
    "trafficking": ["on Combating Trafficking in Human Beings",
                    "on the Prevention and Suppression of Trafficking in Persons"],
    "harassment": ["on Combating Sexual Harassment", "on Harassment at Work"],
    "femicide": ["on Femicide", "on the Prevention and Punishment of Femicide"],
    "fgm": ["on the Prohibition of Female Genital Mutilation"],
    "online": ["on Combating Cyber Violence", "on Digital Violence against Women"],
    "marriage": ["on the Prohibition of Child Marriage", "raising the Minimum Age of Marriage"],
}
ES_COMPREHENSIVE = ["Comprehensive Law for the Protection of Women",
                    "Comprehensive Law to Guarantee Women a Life Free from Violence",
                    "Law to Prevent, Punish and Eradicate Violence against Women",
                    "Organic Law on Comprehensive Protection Measures against Gender Violence"]


def law_name(rng, country, year, topic):
    """A law on `topic` adopted in `year`, named in the country's style."""
    number = rng.int(2, 399)
    if (country.lang == "en" and rng.chance(0.85)) or rng.chance(0.08):
        base = rng.pick(EN_LAW[topic])
        style = rng.random()
        if style < 0.55:
            return f"{base} {year}"
        if style < 0.85:
            return f"{base}, {year}"
        return f"{base}, {year} (Act {rng.int(1, 40)} of {year})"
    if country.lang == "es" and topic in ("vawg", "dv", "femicide") and rng.chance(0.4):
        base = rng.pick(ES_COMPREHENSIVE)
        return f"{base} (Law {number})" if rng.chance(0.5) else f"{base} (Law No. {number} of {year})"
    what = rng.pick(CIVIL_LAW[topic])
    style = rng.random()
    if style < 0.35:
        return f"Law No. {number}/{year} {what}"
    if style < 0.6:
        return f"Law No. {number} of {year} {what}"
    if style < 0.85:
        return f"Law {what} ({year})" if rng.chance(0.5) else f"Law {what} (Law No. {number}/{year})"
    return f"Law {number} {what}"


def with_article(name):
    """'the Domestic Violence Act 2005', but 'Law No. 45/2007 on …' and 'Law 348 on …' alone."""
    if name.startswith("Law No.") or (name.startswith("Law ") and name[4:5].isdigit()):
        return name
    return "the " + name


def build_country(country):
    """A country's institutions and laws, fixed for all seeds."""
    rng = Rng("vawkg-corpus/country/" + country.iso2)
    lang, prose = country.lang, country.prose
    bare = prose[4:] if prose.startswith("the ") else prose
    # Long official names read badly in front of a noun ("Republic of Korea Police Service").
    short = len(bare.split()) <= 2 and not bare.startswith(("Republic", "State", "Russian", "Holy"))

    def body(pool, acronym_share=0.35, mo_style=0.3):
        name = rng.pick(pool)
        acronym = None
        if rng.chance(acronym_share):
            acronym = acronym_of(name)
            if name.startswith("Ministry") and rng.chance(mo_style):
                initials = "".join(w[0] for w in name.split()[2:] if w[0].isupper())
                acronym = "Mo" + initials if initials else None
        return (name, acronym, True)

    inst = {}
    women = []
    for _ in range(rng.int(1, 2)):
        name = ("Ministry of " + rng.pick(WOMEN_MINISTRY)) if rng.chance(0.6) else rng.pick(WOMEN_BODY)
        acronym = None
        if lang in LOCAL_WOMEN_ACRONYM and rng.chance(0.6):
            acronym = rng.pick(LOCAL_WOMEN_ACRONYM[lang])
        elif rng.chance(0.5):
            acronym = acronym_of(name)
            if acronym and name.startswith("Ministry") and rng.chance(0.35):
                acronym = "Mo" + acronym[1:]
        if not any(existing[0] == name for existing in women):
            women.append((name, acronym, True))
    inst["women"] = women
    inst["justice"] = [body(JUSTICE, 0.15)]
    inst["interior"] = [body(INTERIOR, 0.15)]
    inst["health"] = [body(HEALTH, 0.4, 0.6)]
    inst["education"] = [body(EDUCATION, 0.15)]
    inst["social"] = [body(SOCIAL, 0.25)]
    style = rng.random()
    if lang in POLICE_LOCAL and style < 0.5:
        name = rng.pick(POLICE_LOCAL[lang])
    elif country.iso2 in FEDERAL and style < 0.4:
        name = "Federal Police"
    elif style < 0.7 and short:
        name = rng.pick([bare + " Police Service", "Police Service of " + bare,
                         "Police Force of " + bare, bare + " National Police"])
    elif style < 0.7:
        name = rng.pick(["Police Service of " + prose, "Police Force of " + prose])
    else:
        name = rng.pick(["National Police", "National Police Service", "Police Department",
                         "General Police Inspectorate"])
    inst["police"] = [(name, acronym_of(name) if rng.chance(0.35) else None, True)]
    inst["police_unit"] = [(unit, acronym_of(unit) if has_acronym and rng.chance(0.6) else None, True)
                           for unit, has_acronym in rng.sample(POLICE_UNIT, 2)]
    inst["prosecutor"] = [body(PROSECUTOR, 0.3)]
    inst["judicial_school"] = [body(JUDICIAL_SCHOOL, 0.3)]
    if short and rng.chance(0.25):
        inst["statistics"] = [(("Statistics " + bare) if rng.chance(0.5) else (bare + " Statistics"),
                               None, False)]
    else:
        inst["statistics"] = [body(STATISTICS, 0.6)]
    inst["coordination"] = [(name, acronym_of(name) if rng.chance(0.25) else None, True)
                            for name in rng.sample(COORDINATION, 2)]
    inst["rights"] = [body(RIGHTS, 0.4)]
    inst["legal_aid"] = [body(LEGAL_AID, 0.2)]
    ngos = []
    for name in rng.sample(NGO_GENERIC, 3):
        if name == "Federation of Women Lawyers":
            ngos.append((name, "FIDA", True))
            continue
        if rng.chance(0.4):
            name = (bare + " " + name) if short else (name + " of " + prose)
        ngos.append((name, acronym_of(name) if rng.chance(0.2) else None, True))
    if lang in NGO_LOCAL:
        ngos.extend((name, None, True) for name in rng.sample(NGO_LOCAL[lang], 2))
    red = " Red Crescent Society" if lang == "ar" else rng.pick([" Red Cross Society", " Red Cross"])
    ngos.append(((bare + red) if short else (red.strip() + " of " + prose), None, True))
    inst["ngo"] = ngos
    inst["parliament"] = rng.pick(
        ["the National Assembly", "Parliament", "the Parliament", "the Congress",
         "the Legislative Assembly", "the House of Representatives", "the Senate",
         "the Chamber of Deputies", "the Parliament of " + prose])
    inst["cabinet"] = rng.pick(["the Council of Ministers", "the Cabinet", "the Government",
                                "the President", "the Prime Minister", "Cabinet"])
    country.institutions = inst

    main_topic = "dv" if rng.chance(0.55) else "vawg"
    main_year = rng.int(1996, 2019)
    trafficking_year = rng.int(2000, 2018)
    sexual_year = rng.int(1998, 2020)
    plan_year = rng.int(2005, 2021)
    laws = {
        "main": (law_name(rng, country, main_year, main_topic), main_year),
        "trafficking": (law_name(rng, country, trafficking_year, "trafficking"), trafficking_year),
        "sexual": (law_name(rng, country, sexual_year, "sexual"), sexual_year),
        "code": rng.pick(["Penal Code", "Criminal Code", "Criminal Code", "Penal Code"]),
        "plan": (rng.pick(["National Action Plan on ", "National Strategy to Combat ",
                           "National Action Plan against ", "National Programme on "])
                 + rng.pick(TOPIC_TITLE[main_topic]) + f" {plan_year}-{plan_year + rng.int(3, 5)}",
                 plan_year),
        "equality": rng.pick(["Law on Gender Equality", "Gender Equality Act", "Equal Opportunities Act",
                              "Law on Equality between Women and Men"]) + f" ({rng.int(1998, 2020)})",
    }
    country.laws = laws
    stems = PLACE_STEMS.get(lang, PLACE_STEMS["xx"])
    if lang in ("xx", "en"):
        unit = UNIT_SINGULAR.get(country.unit, "region").title()
        stems = [stem + " " + unit for stem in stems]
    country.places = stems


def country_for(country):
    if country.institutions is None:
        build_country(country)
    return country


WORDS = {
    "adopted": ["adopted", "approved", "endorsed", "launched", "put in place"],
    "aims": ["aims", "seeks", "sets out", "is intended"],
    "set_up": ["set up", "established", "created", "opened"],
    "coordinates": ["coordinates", "leads", "oversees", "steers"],
    "survivors": ["survivors", "victims", "women survivors of violence", "women and girls affected",
                  "women who experience violence", "victims and their children"],
    "perpetrators": ["perpetrators", "offenders", "abusers", "violent partners"],
    "services": ["shelter, counselling and legal aid", "medical care, psychosocial support and legal advice",
                 "emergency accommodation and counselling", "free legal aid and psychological support",
                 "crisis intervention, shelter and follow-up",
                 "health care, counselling and referral to a shelter"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"],
    "pillar_count": ["four", "five", "six", "three", "seven"],
    "areas": ["strategic areas", "pillars", "axes", "priority areas", "strategic objectives",
              "lines of action"],
    "ngos": ["civil society organizations", "women's organizations", "non-governmental organizations",
             "NGOs", "community-based organizations", "women's rights groups",
             "civil society organisations"],
    "media": ["radio, television and social media", "posters, radio spots and school visits",
              "community theatre and radio", "social media and text messages",
              "television and billboards", "local radio stations in several languages"],
    "groups": ["rural women", "women with disabilities", "migrant women", "adolescent girls",
               "older women", "indigenous women", "women living with HIV", "young people",
               "women in informal work", "refugee and displaced women", "women in remote areas",
               "lesbian, bisexual and transgender women"],
    "checked": ["reviewed", "evaluated", "assessed", "monitored"],
    "report_kind": ["annual report", "progress report", "monitoring report", "evaluation report",
                    "mid-term review", "yearly report"],
    "many": ["several", "a number of", "many", "most", "all"],
    "ordinal": ["first", "second", "third", "fourth"],
    "cases_kind": ["reported cases", "complaints", "police reports", "criminal complaints",
                   "protection order applications", "court cases"],
    "weeks": ["two", "three", "four", "six", "eight", "ten", "twelve"],
    "intervals": ["every year", "every two years", "twice a year", "every quarter", "each year",
                  "every six months"],
    "free": ["free of charge", "toll-free", "free", "without charge"],
    "professionals": ["police officers, prosecutors and judges", "health and social workers",
                      "front-line professionals", "teachers, health staff and police officers",
                      "social workers and psychologists", "labour inspectors and police officers",
                      "prosecutors, judges and court staff", "nurses, midwives and doctors"],
    "venue": ["schools", "health centres", "markets", "workplaces", "places of worship",
              "community halls", "universities", "bus stations"],
}

OBJECTIVES = {
    "prevention": [
        "to change the attitudes and social norms that tolerate {topic}",
        "to raise public awareness of {topic} and of the services available",
        "to include respectful relationships and gender equality in school curricula",
        "to work with men and boys, religious and traditional leaders to prevent {topic}",
        "to prevent violence before it happens by addressing its root causes",
        "to reach {groups} with information about their rights",
        "to promote women's economic independence as a way of reducing their exposure to violence",
    ],
    "protection": [
        "to make sure that {survivors} can reach shelters, counselling and legal aid",
        "to protect and support {survivors} and their children",
        "to expand the network of shelters and crisis centres to every {unit_singular}",
        "to give {survivors} access to free medical, psychological and legal assistance",
        "to improve the system of protection orders and the way they are enforced",
        "to provide long-term support so that survivors can rebuild their lives",
    ],
    "prosecution": [
        "to investigate and prosecute {topic} promptly and effectively",
        "to hold {perpetrators} accountable and reduce repeat offending",
        "to train police officers, prosecutors and judges on the legislation in force",
        "to end impunity for {topic} through specialised prosecutors and courts",
        "to bring offenders to justice and to set up rehabilitation programmes for them",
    ],
    "partnership": [
        "to coordinate the work of ministries, local authorities and {ngos}",
        "to build partnerships with {ngos} and the private sector",
        "to set up a national referral mechanism linking police, health and social services",
        "to strengthen cooperation with international partners and neighbouring countries",
    ],
    "data": [
        "to collect and publish data on {topic} broken down by sex, age and relationship",
        "to monitor and evaluate the measures taken {intervals}",
        "to carry out research on the causes and costs of {topic}",
    ],
}

LISTS = {
    "objectives": (["The main objectives are:", "The plan pursues the following aims:",
                    "{the_title} has the following objectives:", "Among its priorities are:",
                    "The measures are grouped under these headings:",
                    "Its specific objectives are the following:", "It commits the Government:",
                    "The following aims were set:"], None),
    "services": (["The centres offer:", "Services include:", "Women and their children receive:",
                  "The service provides the following:", "Each centre offers:"], [
        "emergency accommodation for women and their children",
        "psychological counselling, individually and in groups",
        "free legal advice and representation in court",
        "medical examination and treatment, including emergency contraception",
        "help with housing, training and employment",
        "care and support for children who witnessed violence",
        "referral to the police and the public prosecutor",
        "follow-up after the woman leaves the service",
        "interpretation for women who do not speak the local language",
        "a safety plan drawn up with each woman",
    ]),
    "police": (["The units are responsible for:", "The protocol covers:",
                "The guidelines deal with:", "Their tasks include:"], [
        "taking reports of {topic} in a private room, away from the public counter",
        "assessing the risk of further violence with a standard form",
        "helping victims apply for protection orders",
        "collecting and preserving evidence, including photographs of injuries",
        "referring victims to medical, legal and social services",
        "preparing case files for the prosecutor",
        "following up on breaches of protection orders",
        "informing victims of the progress of their case",
    ]),
    "training": (["The training covers:", "The main modules are:", "Courses deal with:"], [
        "the dynamics of {topic} and its effects on victims and children",
        "risk assessment and safety planning",
        "the collection of evidence and the preparation of case files",
        "interviewing victims without blaming them or causing further harm",
        "the legal framework, including {law}",
        "working with interpreters and with child witnesses",
    ]),
    "findings": (["The main findings are:", "Among the results:", "The survey found that:",
                  "The data show that:"], [
        "{percent}% of women had experienced physical violence by a partner at some point in their lives",
        "{percent}% had experienced sexual violence by a partner",
        "{percent}% had experienced psychological violence, such as threats or humiliation",
        "only {percent_dec}% of the women who had experienced violence had reported it to the police",
        "{percent}% of the women injured by a partner had needed medical care",
        "violence was more common among women who married before the age of 18",
        "{percent}% of the women interviewed did not know where to seek help",
        "{percent}% of the cases registered involved a current or former partner",
    ]),
}

BEIJING = [(2014, 20), (2019, 25), (2024, 30)]
LINK_TEXT = ["For more information please click here.", "Please click here for more information",
             "For more information, please click here.", "Please click here for more information."]
JUNK_TAIL = ["loading", "Experiencing Violence?", "show filters hide filters"]
BREADCRUMB = "GLOBAL DATABASE ON VIOLENCE AGAINST WOMENCOUNTRY-PROFILE"

UNIT_SINGULAR = {"states and territories": "state", "provinces and territories": "province",
                 "wellbeing services counties": "county", "federal states": "state",
                 "autonomous communities": "region", "local authorities": "area",
                 "states and regions": "region", "provinces and metropolitan cities": "province",
                 "island groups": "island", "municipal corporations": "municipality",
                 "wilayas": "wilaya", "voivodeships": "voivodeship", "parishes": "parish",
                 "counties": "county", "municipalities": "municipality", "localities": "locality",
                 "emirates": "emirate", "prefectures": "prefecture", "cantons": "canton",
                 "atolls": "atoll", "islands": "island", "divisions": "division", "offices": "office",
                 "wards": "ward", "districts": "district", "regions": "region", "provinces": "province",
                 "departments": "department", "states": "state", "governorates": "governorate"}

NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve"]


def number_words(n):
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


def thousands(n, sep=","):
    return f"{n:,}".replace(",", sep)


class RecordBuilder:
    """Draws one record: header values, title, prose blocks and source."""

    def __init__(self, rng):
        self.rng = rng
        self.r = rng.random
        self.type_cumulative = cumulate([w for w, _, _ in MEASURE_TYPES])
        self.type_items = [(v, k) for _, v, k in MEASURE_TYPES]
        self.form_cumulative = cumulate([w for w, _, _ in FORMS])
        self.form_items = [(v, t) for _, v, t in FORMS]

    # -- small helpers ---------------------------------------------------------------------
    def pick(self, seq):
        return seq[int(self.r() * len(seq))]

    def mention(self, inst):
        """First mention with its acronym in brackets; later ones mostly by the acronym."""
        name, acronym, article = inst
        the = "the " if article else ""
        if name in self.seen:
            if acronym and self.r() < 0.85:
                return acronym
            return the + name
        self.seen.add(name)
        if acronym:
            if self.r() < 0.05:
                return f"{acronym} ({name})"
            return f"{the}{name} ({acronym})"
        return the + name

    def intl(self, body):
        name, acronym, article, alone, _ = body
        the = "the " if article else ""
        if name in self.seen:
            return acronym or the + name
        self.seen.add(name)
        if acronym and self.r() < alone:
            return acronym
        return f"{the}{name} ({acronym})" if acronym else the + name

    def inst(self, role):
        return self.mention(self.pick(self.country.institutions[role]))

    def international(self):
        region = self.country.region
        while True:
            body = self.pick(INTERNATIONAL)
            if not body[4] or body[4] == region:
                return self.intl(body)

    def donor(self):
        while True:
            name, acronym, article, code = self.pick(DONORS)
            if code != self.country.iso2:
                return self.mention((name, acronym, article))

    def partner(self):
        """Another actor: a ministry, an NGO or an international body."""
        x = self.r()
        if x < 0.35:
            return self.inst(self.pick(["justice", "health", "interior", "education", "social",
                                        "rights", "legal_aid", "statistics", "police"]))
        if x < 0.6:
            return self.inst("ngo")
        if x < 0.88:
            return self.international()
        return self.donor()

    def lead(self):
        """The body that runs this kind of measure, the same one throughout the record."""
        if self.lead_inst is None:
            k, x = self.kind, self.r()
            institutions = self.country.institutions
            if k in ("police", "training") and x < 0.6:
                role = "police"
            elif k == "justice" or (k == "training" and x < 0.8):
                role = self.pick(["justice", "prosecutor", "judicial_school"])
            elif k in ("data", "monitor") and x < 0.5:
                role = self.pick(["statistics", "interior", "justice"])
            elif k == "survey":
                role = "statistics"
            elif k == "health":
                role = "health"
            elif k == "military":
                role = None
            elif k == "mechanism" and x < 0.5:
                role = "coordination"
            else:
                role = "women"
            if role is None:
                self.lead_inst = (self.pick(["Ministry of Defence", "Armed Forces", "Defence Force"]),
                                  None, True)
            else:
                self.lead_inst = self.pick(institutions[role])
        return self.mention(self.lead_inst)

    def topic_phrase(self):
        return self.pick(TOPIC_PHRASES[self.topic])

    def num(self, low, high, round_to=1):
        value = low + int(self.r() * (high - low + 1))
        if round_to > 1:
            value = max(round_to, value // round_to * round_to)
        if value >= 10000 or (value >= 1000 and self.r() < 0.7):
            return thousands(value)
        return str(value)

    def places(self, n):
        stems = self.country.places
        chosen = self.rng.sample(stems, n)
        if len(chosen) == 1:
            return chosen[0]
        return ", ".join(chosen[:-1]) + " and " + chosen[-1]

    def amount(self):
        """A sum in the country's currency (or in euros or dollars), written as pages write sums."""
        country = self.country
        currency, magnitude = country.currency, country.magnitude
        if self.r() < 0.25:
            if country.region == "EUROPE" or self.r() < 0.3:
                currency, magnitude = "EUR", 0
            else:
                currency, magnitude = "USD", 0
        # Log-uniform-like without pow(): libm may round pow differently on other machines.
        decade = 4 + int(self.r() * 3.4) + magnitude
        value = (1.0 + 9.0 * self.r()) * 10 ** decade
        style = self.r()
        word = CURRENCY_WORD.get(currency)
        if value >= 1e6:
            scale, unit = (1e9, "billion") if value >= 1e9 else (1e6, "million")
            mantissa = value / scale
            text = (f"{mantissa:.1f}".rstrip("0").rstrip(".") if mantissa < 100
                    else str(int(mantissa) // 5 * 5 or 5))
            if currency == "INR" and self.r() < 0.4:
                crore = max(1, int(value / 1e7))
                return f"INR {crore} crore" if self.r() < 0.6 else f"{crore} crore rupees"
            if style < 0.55:
                return f"{currency} {text} {unit}"
            if style < 0.75 and word:
                return f"{text} {unit} {word}"
            if style < 0.88 and currency in CURRENCY_SIGN:
                sign = CURRENCY_SIGN[currency]
                if sign == "$" and unit == "million" and self.r() < 0.3:
                    return f"${text}M"
                return f"{sign}{text} {unit}"
            if value < 1e8:
                digits = int(value) // 10000 * 10000
                return f"{currency} {thousands(digits, ',' if self.r() < 0.7 else ' ')}"
            return f"{currency} {text} {unit}"
        digits = int(value) // 1000 * 1000 or 5000
        if style < 0.6:
            return f"{currency} {thousands(digits, ',' if self.r() < 0.75 else ' ')}"
        if style < 0.8 and word:
            return f"{thousands(digits)} {word}"
        if currency in CURRENCY_SIGN:
            return f"{CURRENCY_SIGN[currency]}{thousands(digits)}"
        return f"{currency} {thousands(digits)}"

    def period(self):
        x = self.r()
        if x < 0.45:
            return ""
        if x < 0.6:
            return " a year"
        if x < 0.7:
            return " per year"
        if x < 0.78:
            return " annually"
        if x < 0.9:
            return f" over {number_words(self.rng.int(2, 5))} years"
        return f" for the period {self.span()}"

    def span(self, dash="-"):
        end = self.end if self.end > self.start else self.start + self.rng.int(2, 5)
        return f"{self.start}{dash}{end}"

    def law(self):
        """The law in force on the record's topic, or the criminal code if it came later."""
        laws = self.country.laws
        key = "trafficking" if self.topic == "trafficking" else (
            "sexual" if self.topic == "sexual" else "main")
        name, year = laws[key]
        if year <= self.start:
            return with_article(name)
        x = self.r()
        if x < 0.5:
            return "the " + laws["code"]
        if x < 0.75:
            return "the " + laws["equality"]
        return "the Constitution"

    def plan_ref(self):
        name, year = self.country.laws["plan"]
        if year <= self.start:
            return "the " + name
        return "the national strategy on gender equality"

    def article_ref(self):
        code = self.country.laws["code"]
        n = self.rng.int(11, 420)
        x = self.r()
        if x < 0.4:
            return f"article {n} of the {code}"
        if x < 0.6:
            return f"{code} article {n}"
        if x < 0.8:
            return f"articles {n} and {n + self.rng.int(1, 9)} of the {code}"
        return f"section {n} of the {code}"

    def convention(self):
        region, x = self.country.region, self.r()
        if x < 0.3:
            if "CEDAW" in self.seen:
                return "CEDAW"
            self.seen.add("CEDAW")
            return self.pick(["the Convention on the Elimination of All Forms of Discrimination "
                              "against Women (CEDAW)", "CEDAW", "the CEDAW Convention"])
        if region == "EUROPE" and x < 0.7:
            return self.pick(["the Istanbul Convention", "the Council of Europe Convention on "
                              "preventing and combating violence against women and domestic "
                              "violence (Istanbul Convention)"])
        if region == "AMERICAS" and x < 0.7:
            return self.pick(["the Belém do Pará Convention", "the Convention of Belém do Pará",
                              "the Inter-American Convention on the Prevention, Punishment and "
                              "Eradication of Violence against Women (Convention of Belém do Pará)"])
        if region == "AFRICA" and x < 0.7:
            return self.pick(["the Maputo Protocol", "the Protocol to the African Charter on Human "
                              "and Peoples' Rights on the Rights of Women in Africa (Maputo Protocol)"])
        if self.topic == "trafficking":
            return self.pick(["the Palermo Protocol", "the Trafficking Protocol",
                              "the Protocol to Prevent, Suppress and Punish Trafficking in Persons, "
                              "Especially Women and Children"])
        if self.topic == "harassment":
            return self.pick(["ILO Convention No. 190", "the Violence and Harassment Convention, 2019"])
        return self.pick(["the Beijing Declaration and Platform for Action", "CEDAW",
                          "the Convention on the Rights of the Child", "Sustainable Development Goal 5",
                          "the Declaration on the Elimination of Violence against Women"])

    def slogan(self):
        lang = self.country.lang
        if lang == "es":
            pool = ["Vivir Sin Violencia", "Mujeres Seguras", "Rompe el Silencio", "Línea Violeta",
                    "Nos Queremos Vivas", "Juntas Sí Podemos", "Corazón Valiente", "Ni Golpes Ni Gritos"]
        elif lang == "pt":
            pool = ["Mulher Segura", "Quebre o Silêncio", "Não Estás Sozinha", "Vida Sem Violência",
                    "Juntas Somos Mais Fortes"]
        elif lang == "fr":
            pool = ["Tolérance Zéro", "Brisons le Silence", "Femmes Debout", "Stop aux Violences",
                    "Ensemble Contre les Violences", "Ne Restez Pas Seule"]
        else:
            pool = ["Break the Silence", "Speak Out", "Zero Tolerance", "Not Alone", "Safe at Home",
                    "Respect Her", "Enough Is Enough", "Stand Up", "Say No", "Keep Her Safe",
                    "End the Silence", "Real Men Don't Hit", "Love Shouldn't Hurt", "Silence Is Not Golden"]
        return self.oq + self.pick(pool) + self.cq

    # -- header and title -----------------------------------------------------------------
    def draw_header(self, layout):
        r = self.r
        self.country = country = country_for(self.rng.weighted(COUNTRY_CUMULATIVE, ORDERED_COUNTRIES))
        name = country.name
        # The newer site writes UN short names; the evaw pages write "Turkiye" and, in older
        # stored copies, sometimes a formal name or a variant.
        if layout != "data":
            if country.iso2 == "TR" and r() < 0.7:
                name = "Turkiye"
            elif country.iso2 in VARIANTS and r() < 0.06:
                name = self.pick(VARIANTS[country.iso2])
        self.country_written = name
        x = r()
        if x < 0.1:
            start = self.rng.int(1995, 2002)
        elif x < 0.88:
            start = self.rng.int(2003, 2020)
        else:
            start = self.rng.int(2021, 2025)
        self.start = start
        self.has_year = r() >= 0.03
        self.span_length = self.pick([1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 7, 9, 10]) if r() < 0.3 else 0
        self.end = start + self.span_length
        n_types = 1 if r() < 0.62 else (2 if r() < 0.8 else 3)
        if r() < 0.02:
            value, kind = self.pick(UNSEEN_TYPES)
        else:
            value, kind = self.rng.weighted(self.type_cumulative, self.type_items)
        self.kind = kind
        types = [value]
        for _ in range(n_types - 1):
            if r() < 0.6:
                extra = self.pick(COMPANIONS[kind])
            elif r() < 0.05:
                extra = self.pick(UNSEEN_TYPES)[0]
            else:
                extra = self.rng.weighted(self.type_cumulative, self.type_items)[0]
            if extra not in types:
                types.append(extra)
        if layout == "data":
            types = ["Laws > " + t if t == "Violence against women > Legislation" else t for t in types]
        self.types = types
        n_forms = 1 if r() < 0.5 else (2 if r() < 0.6 else (3 if r() < 0.65 else 4))
        if kind == "military" and r() < 0.6:
            form, topic = "Sexual violence", "sexual"
        elif r() < 0.015:
            form, topic = self.pick(UNSEEN_FORMS)
        else:
            form, topic = self.rng.weighted(self.form_cumulative, self.form_items)
        forms = [form]
        for _ in range(n_forms - 1):
            extra = (self.pick(UNSEEN_FORMS)[0] if r() < 0.03
                     else self.rng.weighted(self.form_cumulative, self.form_items)[0])
            if extra not in forms:
                forms.append(extra)
        self.forms = forms
        self.topic = topic

    def draw_title(self):
        k, t = self.kind, self.topic
        tt = self.pick(TOPIC_TITLE[t])
        years = f"{self.start}-{self.end}" if self.end > self.start else ""
        ys = ""
        if years:
            ys = (" " + years) if self.r() < 0.6 else f" ({years})"
        if k == "law":
            laws = self.country.laws
            key = "trafficking" if t == "trafficking" else ("sexual" if t == "sexual" else "main")
            name, year = laws[key]
            x = self.r()
            if x < 0.4:
                # The country's own law: the record's years follow it.
                self.start, self.end = year, year + self.span_length
                return name
            if x < 0.6 and year < self.start:
                if " Act" in name:
                    return f"{name[:name.index(' Act')]} (Amendment) Act {self.start}"
                return f"Law No. {self.rng.int(2, 399)}/{self.start} amending the {name}"
            return law_name(self.rng, self.country, self.start, t)
        if k == "plan":
            lead = self.pick(["National Action Plan to Combat", "National Action Plan against",
                              "National Strategy for the Elimination of", "National Plan on",
                              "National Programme for the Prevention of", "Strategy to End",
                              self.pick(WORDS["ordinal"]).capitalize() + " National Action Plan on",
                              "National Policy on", "Integrated Plan to Address",
                              "National Strategy on"])
            if self.kind_value.endswith("other national plan/strategy"):
                lead = self.pick(["National Gender Equality Plan", "National Policy for Gender Equality",
                                  "National Development Plan", "National Human Rights Action Plan",
                                  "National Youth Policy", "National Health Strategy"])
                return lead + ys
            return f"{lead} {tt}{ys}"
        if k == "campaign":
            return self.pick([f"{self.slogan()} Campaign", f"National Campaign against {tt}",
                              f"Campaign {self.slogan()}", f"{tt} Awareness Week",
                              "16 Days of Activism against Gender-Based Violence",
                              f"Community Mobilisation Programme on {tt}"])
        if k == "hotline":
            return self.pick([f"National Helpline {self.rng.int(100, 1599)}",
                              f"Hotline for Victims of {tt}", "24-Hour Helpline for Women",
                              f"Toll-free Line {self.rng.int(100, 999)}", "National Women's Helpline"])
        if k == "shelter":
            return self.pick(["Shelters for Women Survivors of Violence", "Network of Safe Houses",
                              f"Crisis Centres for Victims of {tt}", "Counselling Centres for Women",
                              "Free Legal Aid for Victims", "Transitional Housing Programme"])
        if k == "integrated":
            return self.pick(["One-Stop Centres", "Integrated Care Centres for Women",
                              "Family Support Centres", "Women's Justice and Care Centres",
                              "Multi-Agency Risk Assessment Conferences", "Safe Spaces for Women"])
        if k == "police":
            return self.pick([f"Protocol for Police Response to {tt}", f"Police Guidelines on {tt}",
                              f"Standard Operating Procedures on {tt}",
                              f"Police Protocol on {tt} Cases"])
        if k == "training":
            return self.pick([f"Training of Police and Prosecutors on {tt}",
                              f"Judicial Training Programme on {tt}",
                              f"Capacity-Building Programme on {tt}",
                              f"Specialised Training Course on {tt}"])
        if k == "justice":
            return self.pick([f"Guidelines for Prosecutors on {tt}", f"Specialised Courts for {tt}",
                              f"Prosecution Guidelines on {tt} Cases", f"Specialised Prosecution Units for {tt}"])
        if k == "survey":
            return self.pick([f"National Survey on {tt} {self.start}", f"Prevalence Survey on {tt}",
                              f"Demographic and Health Survey {self.start}",
                              f"Women's Safety Survey {self.start}"])
        if k == "data":
            return self.pick([f"Administrative Data on {tt}", f"Annual Report on {tt}",
                              f"Statistical Bulletin on {tt}", f"National Register of Cases of {tt}",
                              f"Research Series on {tt}"])
        if k == "monitor":
            return self.pick([f"Evaluation of the National Action Plan on {tt}",
                              f"Review of the Implementation of the Law on {tt}",
                              f"Independent Evaluation of Services for Victims of {tt}",
                              f"Monitoring Report on {tt}"])
        if k == "health":
            return self.pick([f"Clinical Guidelines on {tt}", f"Health Sector Protocol on {tt}",
                              "Medical Care for Survivors of Sexual Violence"])
        if k == "military":
            return self.pick(["Gender Training in the Armed Forces", f"Code of Conduct on {tt}",
                              "Military Gender Advisers Programme", "Workplace Policy on Sexual Harassment"])
        return self.pick([f"Inter-ministerial Committee on {tt}", f"National Commission on {tt}",
                          "Gender Focal Points Network", f"Observatory on {tt}",
                          f"Regional Network on {tt}"])

    def the_title(self):
        title = self.title
        if title.startswith("16 "):
            return title
        return with_article(title)

    # -- prose -----------------------------------------------------------------------------
    def fill(self, template):
        """Fills the slots of a compiled template; every slot draws afresh."""
        out = [template[0]]
        append = out.append
        for index in range(1, len(template), 2):
            append(template[index](self))
            append(template[index + 1])
        text = "".join(out)
        return text[0].upper() + text[1:]

    def sentences(self, pool, n):
        """n templates of the pool not used yet in this record, filled."""
        used, r, size = self.used, self.r, len(pool)
        out = []
        for _ in range(4 * n):  # rejection sampling: pools are much larger than n
            if len(out) == n:
                break
            template = pool[int(r() * size)]
            key = id(template)
            if key not in used:
                used.add(key)
                out.append(self.fill(template))
        return out

    def draw_description(self, layout):
        k, r = self.kind, self.r
        openers, followers = INTRO[k]
        n_paragraphs = self.rng.weighted(PARAGRAPH_CUMULATIVE, PARAGRAPH_COUNTS)
        if layout == "table" and r() < 0.5:
            n_paragraphs = 1
        first = self.pick(openers)
        self.used.add(id(first))
        blocks = [["p", [self.fill(first)] + self.sentences(followers, self.rng.int(1, 3))]]
        candidates = [(role, weight) for role, weight in ROLE_WEIGHTS[k]]
        chosen = []
        while len(chosen) < n_paragraphs - 1 and candidates:
            x = r() * sum(weight for _, weight in candidates)
            for index, (role, weight) in enumerate(candidates):
                x -= weight
                if x <= 0:
                    break
            chosen.append(role)
            del candidates[index]
        chosen.sort(key=ROLE_ORDER.index)
        detail = DETAIL[k]
        if not chosen:
            # A one-paragraph record still carries the figures that make it unique.
            blocks[0][1].extend(self.sentences(detail + SHARED_ACTIVITY, 1))
        for role in chosen:
            if role == "detail":
                blocks.append(["p", self.sentences(detail, 1) + self.sentences(SHARED_ACTIVITY, self.rng.int(1, 3))])
            elif role == "list":
                kind = LIST_KIND.get(k, "objectives")
                leads, items = LISTS[kind]
                blocks.append(["list", self.fill(self.pick(leads)), self.list_items(items)])
            elif role == "pillars":
                blocks.append(["p", self.sentences(PILLAR_SENTENCES, 1) + self.sentences(PARTNER_SENTENCES, self.rng.int(0, 1))])
            elif role == "partners":
                blocks.append(["p", self.sentences(PARTNER_SENTENCES, self.rng.int(1, 3))])
            elif role == "funding":
                if r() < 0.12:
                    blocks.append(["budget", self.fill(self.pick(BUDGET_LEADS)), self.budget_items()])
                else:
                    blocks.append(["p", self.sentences(FUNDING_SENTENCES, self.rng.int(1, 2))])
            else:
                blocks.append(["p", self.sentences(RESULT_SENTENCES, self.rng.int(1, 3))])
        return blocks

    def list_items(self, items):
        n = self.rng.int(3, 6)
        if items is None:
            pillars = self.rng.sample(OBJECTIVE_KEYS, min(n, 5))
            chosen = [self.pick(OBJECTIVES[pillar]) for pillar in pillars]
        else:
            chosen = self.rng.sample(items, n)
        return [self.fill(t) for t in chosen]

    def budget_items(self):
        return [f"{self.start + offset}: {self.amount()}" for offset in range(self.rng.int(2, 4))]

    # -- source ----------------------------------------------------------------------------
    def draw_source(self):
        country, x = self.country, self.r()
        p = self.rng.int(2, 140)
        page = self.pick([f"p. {p}", f"p. {p}", f"p.{p}", f"page {p}", f"pp. {p}-{p + self.rng.int(1, 4)}",
                          f"pages {p}-{p + 2}"])
        gov = "Government of " + country.prose
        bare = country.prose[4:] if country.prose.startswith("the ") else country.prose
        poss = bare + ("'" if bare.endswith("s") else "'s")
        if x < 0.2:
            year, plus = self.pick(BEIJING[1:] if self.start > 2014 else BEIJING)
            return [f"{gov[0].upper()}{gov[1:]}, National Review on Beijing+{plus}, {year}, {page}"]
        if x < 0.38:
            return [f"{poss} submission for National Review for Implementation of the Beijing "
                    f"Platform for Action, Beijing+25, 2019, {page}"]
        if x < 0.55:
            year = min(2012, max(2009, self.start + 1))
            when = self.pick([f", {self.pick(WORDS['month'])} {year}", f" {year}", f", {year}", ""])
            extra = ""
            if self.r() < 0.15:
                extra = f"; CEDAW/C/{country.iso3}/{self.rng.int(4, 9)}, paras. {p}-{p + 3}"
            return [f"Response of the {gov} to the questionnaire on violence against women{when}{extra}"]
        if x < 0.68:
            n = self.rng.int(4, 10)
            report = self.pick([f"{n}", f"{n - 1}-{n}", f"CO/{n}"])
            para = self.pick([f"paras. {p}-{p + self.rng.int(1, 4)}", f"para. {p}",
                              f"paragraphs {p} and {p + 1}"])
            return [f"CEDAW/C/{country.iso3}/{report}, {para}" + ("." if self.r() < 0.3 else "")]
        year = min(2025, self.end + self.rng.int(0, 2))
        if x < 0.8:
            publisher = self.pick(country.institutions["women" if self.r() < 0.6 else self.pick(
                ["justice", "health", "interior", "statistics"])])[0]
            doc = self.pick([self.title, f"Annual Report {year - 1}",
                             f"National Report on Gender Equality {year - 1}", "Activity Report",
                             f"Report on the Implementation of the {self.title}"])
            if self.r() < 0.5:
                return [f"{publisher}, {doc}, {year}, {page}"]
            return [f"{publisher} ({year}). {doc}. {page}."]
        if x < 0.87:
            return [f"{gov[0].upper()}{gov[1:]} ({year}). {self.title}."]
        if x < 0.93:
            year = self.pick([2012, 2014, 2016, 2018, 2020, 2022])
            return [f"{poss} submission for the {year} Secretary-General's report on intensification "
                    f"of efforts to eliminate all forms of violence against women, {page}"]
        if x < 0.97:
            return [self.pick(country.institutions["women"])[0]]
        return ["Website of the " + self.pick(country.institutions[self.pick(["women", "justice", "interior"])])[0]]


def _the(b):
    return b.the_title()


SLOTS = {
    "lead": RecordBuilder.lead,
    "women_body": lambda b: b.inst("women"),
    "police": lambda b: b.inst("police"),
    "police_unit": lambda b: b.inst("police_unit"),
    "prosecutor": lambda b: b.inst("prosecutor"),
    "justice": lambda b: b.inst("justice"),
    "interior": lambda b: b.inst("interior"),
    "health": lambda b: b.inst("health"),
    "education": lambda b: b.inst("education"),
    "social": lambda b: b.inst("social"),
    "statistics": lambda b: b.inst("statistics"),
    "coordination": lambda b: b.inst("coordination"),
    "rights": lambda b: b.inst("rights"),
    "legal_aid": lambda b: b.inst("legal_aid"),
    "judicial_school": lambda b: b.inst("judicial_school"),
    "ngo": lambda b: b.inst("ngo"),
    "partner": RecordBuilder.partner,
    "intl": RecordBuilder.international,
    "donor": RecordBuilder.donor,
    "parliament": lambda b: b.country.institutions["parliament"],
    "cabinet": lambda b: b.country.institutions["cabinet"],
    "country": lambda b: b.country.prose,
    "country_poss": lambda b: b.country.poss,
    "topic": RecordBuilder.topic_phrase,
    "title": lambda b: b.title,
    "the_title": _the,
    "slogan": RecordBuilder.slogan,
    "law": RecordBuilder.law,
    "equality_law": lambda b: "the " + b.country.laws["equality"],
    "code": lambda b: "the " + b.country.laws["code"],
    "plan_ref": RecordBuilder.plan_ref,
    "article": RecordBuilder.article_ref,
    "convention": RecordBuilder.convention,
    "start": lambda b: str(b.start),
    "end_plan": lambda b: str(b.end if b.end > b.start else b.start + b.rng.int(2, 5)),
    "period": lambda b: b.span(),
    "period_dash": lambda b: b.span("–"),
    "later_year": lambda b: str(min(2025, b.start + b.rng.int(1, 3))),
    "earlier_year": lambda b: str(b.start - b.rng.int(1, 8)),
    "amount": RecordBuilder.amount,
    "amount_period": lambda b: b.amount() + b.period(),
    "n_small": lambda b: str(b.rng.int(3, 40)),
    "n_words": lambda b: number_words(b.rng.int(2, 12)),
    "n_officers": lambda b: b.num(120, 9500, 10),
    "n_people": lambda b: b.num(300, 48000),
    "n_round": lambda b: b.num(1000, 90000, 1000),
    "n_calls": lambda b: b.num(1200, 160000),
    "n_cases": lambda b: b.num(150, 36000),
    "n_women": lambda b: b.num(1500, 42000, 50),
    "n_beds": lambda b: b.num(20, 900),
    "n_centres": lambda b: str(b.rng.int(2, 80)),
    "n_few": lambda b: number_words(b.rng.int(2, 12)) if b.r() < 0.5 else str(b.rng.int(2, 12)),
    "units": lambda b: b.country.unit,
    "unit_singular": lambda b: UNIT_SINGULAR.get(b.country.unit, "region"),
    "all_units": lambda b: (f"all {b.country.units} {b.country.unit}" if b.country.units > 2
                            else "every part of the country"),
    "some_units": lambda b: (f"{b.rng.int(2, b.country.units - 1)} of the {b.country.units} {b.country.unit}"
                             if b.country.units > 3 else f"{b.rng.int(2, 12)} pilot communities"),
    "places": lambda b: b.places(b.rng.int(1, 3)),
    "place": lambda b: b.places(1),
    "percent": lambda b: str(b.rng.int(5, 92)),
    "percent_dec": lambda b: f"{b.rng.int(5, 60)}.{b.rng.int(1, 9)}",
    "age_low": lambda b: b.pick(["15", "15", "18", "16"]),
    "age_high": lambda b: b.pick(["49", "49", "64", "74", "59"]),
    "days": lambda b: str(b.pick([3, 5, 7, 10, 14, 15, 30])),
    "phone": lambda b: b.pick([str(b.rng.int(100, 199)), str(b.rng.int(1000, 1599)),
                              f"0800 {b.rng.int(100, 999)} {b.rng.int(100, 999)}",
                              f"{b.rng.int(800, 899)} {b.rng.int(1000, 9999)}"]),
    "years_prison": lambda b: number_words(b.rng.int(2, 12)),
    "hours_n": lambda b: b.pick(["24", "48", "72"]),
    "group": lambda b: b.pick(WORDS["groups"]),
}

# Opening sentences ("^") and the sentences that may follow them, by kind of measure, then the
# detail sentences of later paragraphs. All written for this generator.
INTRO = {
    "law": [
        "^{the_title} was {adopted} by {parliament} in {month} {start} and came into force in {later_year}.",
        "^In {start}, {parliament} passed {the_title}, which for the first time defines {topic} as a specific offence.",
        "^{the_title} replaced the provisions on {topic} that had been scattered across {code} and brought national legislation closer to {convention}.",
        "^{the_title}, in force since {month} {start}, sets out the duties of the State to prevent {topic}, to protect {survivors} and to punish {perpetrators}.",
        "^With the adoption of {the_title} in {start}, {country} recognised {topic} as a distinct offence.",
        "^In {month} {start}, {parliament} unanimously approved {the_title}, drafted by {lead} after {n_words} years of consultation with {ngos}.",
        "^{the_title} amended {code} and the Code of Criminal Procedure to strengthen the response of the justice system to {topic}.",
        "^Adopted in {start}, {the_title} gives effect to {convention} in national law.",
        "The law defines {topic} broadly, covering physical, sexual, psychological and economic abuse, and applies to current and former partners as well as other members of the household.",
        "Under the law, courts may issue protection orders within {hours_n} hours of an application, and a breach of an order is punishable by up to {years_prison} years of imprisonment.",
        "{lead} drafted the bill in consultation with {ngos} and {intl}, after a review of how {code} had been applied in cases of {topic}.",
        "The law amends {article} so that {topic} is prosecuted ex officio, even when the victim withdraws her complaint.",
        "It obliges {police} to respond to every report of {topic} and to inform {survivors} of the services available to them.",
        "The legislation also created {coordination}, which brings together the ministries concerned, {police} and representatives of {ngos}.",
        "Penalties are higher where the offence is committed against a pregnant woman or a woman with a disability, or in the presence of children.",
        "Mediation and conciliation are no longer allowed in cases of {topic}.",
        "It also recognises the right of {survivors} to free legal aid, to shelter and to compensation from the offender.",
        "Under {article}, a court may order the offender to leave the family home and to stay away from the victim, her workplace and the children's school.",
        "Before the law was passed, {topic} was dealt with only under the general provisions on assault in {code}.",
    ],
    "plan": [
        "^{the_title} was {adopted} by {cabinet} in {month} {start} and covers the period {period}.",
        "^{lead} prepared {the_title} together with {partner} and {ngos}, following a review of the previous plan.",
        "^In {start}, {lead} presented {the_title} ({period_dash}), the result of consultations held in {some_units} with {ngos}, local authorities and survivors.",
        "^{the_title} {aims} to reduce {topic} and to make sure that {survivors} receive timely and appropriate support in {all_units}.",
        "^Approved in {month} {start}, {the_title} is the {ordinal} plan of its kind and runs until {end_plan}.",
        "^{the_title} is the framework for the work of all ministries on {topic} for the period {period_dash}.",
        "^In {start}, {cabinet} endorsed {the_title}, which {lead} drew up with support from {intl}.",
        "^{the_title} brings together in one document the measures of {n_small} public institutions to prevent and respond to {topic}.",
        "The plan sets out how {country} will respond to {topic} over {n_words} years and assigns each measure to a responsible ministry.",
        "It is built around {pillar_count} {areas}: prevention, protection and support for {survivors}, prosecution, and coordination.",
        "The plan translates the commitments made under {convention} and {law} into concrete, budgeted actions.",
        "It follows a first plan that ended in {earlier_year} and whose evaluation found gaps in services for {group}.",
        "Its overall goal is a society in which women and girls can live free from {topic}.",
        "The plan was drafted by a working group of {n_small} experts from government, academia and {ngos}.",
        "Each action has a lead institution, a deadline and an indicator, and progress is {checked} {intervals}.",
        "The plan also provides for a national data system on {topic} and for regular surveys.",
        "{lead} acts as the technical secretariat of the plan.",
    ],
    "campaign": [
        "^In {start}, {lead} launched the {slogan} campaign to raise awareness of {topic} and to encourage women to seek help.",
        "^{the_title} aims to break the silence on {topic} and to mobilise communities to prevent it.",
        "^Under the slogan {slogan}, volunteers visited {venue}, {venue} and workplaces in {places} and held {n_small} community dialogues.",
        "^The {slogan} campaign, run by {lead} since {start}, speaks directly to men and boys about {topic}.",
        "^{lead} and {partner} launched a national awareness campaign on {topic} in {month} {start}.",
        "^Every year since {start}, {lead} has organised activities for the 16 Days of Activism against Gender-Based Violence, from 25 November to 10 December.",
        "^In {start}, {country} launched {the_title}, an initiative to change attitudes towards {topic}.",
        "The campaign uses {media} to challenge the attitudes that excuse {topic} and to promote the national helpline.",
        "The campaign targets young people, men and boys, and community and religious leaders in {some_units}.",
        "The initiative was designed with {ngos} and {intl}, and builds on research showing that {percent}% of respondents considered some forms of {topic} acceptable.",
        "Well-known athletes, musicians and journalists lent their voices to the campaign.",
        "Materials were produced in {n_words} languages, including sign language and easy-to-read versions.",
        "Community facilitators trained by {ngo} led discussions on gender roles, power and consent.",
        "A survey carried out after the campaign showed that {percent}% of the people interviewed remembered its main message.",
        "Calls to the helpline rose by {percent}% during the weeks the campaign was on air.",
        "The campaign also reached {n_round} students through school visits and a poster competition.",
    ],
    "hotline": [
        "^In {start}, {lead} {set_up} a national helpline for {survivors} of {topic}, which can be reached {free} on {phone}, 24 hours a day.",
        "^{the_title} is run by {ngo} under an agreement with {lead}, which funds the service.",
        "^Since {start}, women in {country} can call {phone} at any time of day or night to get help in cases of {topic}.",
        "^The helpline {phone}, {set_up} by {lead} in {start}, answers calls from {survivors}, their relatives and professionals.",
        "^{lead} has run a {free} telephone line for {survivors}, available around the clock, since {start}.",
        "The helpline gives information, psychological support and legal advice, and refers callers to shelters, the police and health services.",
        "Calls are answered by trained counsellors, and interpretation is available in {n_words} languages.",
        "The line does not appear on telephone bills, and callers may remain anonymous.",
        "Since it opened, the helpline has received more than {n_round} calls, most of them from women experiencing {topic}.",
        "Women can also contact the service by chat, e-mail or text message.",
        "In emergencies, counsellors alert the police and can arrange a place in a shelter on the same night.",
        "A team of {n_small} counsellors, psychologists and lawyers staffs the line and receives regular supervision.",
        "In {later_year}, the helpline answered {n_calls} calls, {percent}% more than in the previous year.",
    ],
    "shelter": [
        "^{lead} funds a network of {n_centres} shelters that offer safe accommodation to {survivors} and their children for up to {weeks} weeks.",
        "^In {start}, {n_few} new shelters were opened in {places}, bringing the total capacity to {n_beds} beds.",
        "^Free legal aid for {survivors} of {topic} is provided by {legal_aid}, which represents them in protection order and divorce proceedings.",
        "^Since {start}, counselling centres run by {ngo} in {some_units} have offered psychological support to {survivors}.",
        "^The shelter network, coordinated by {lead}, grew by {n_few} houses between {start} and {later_year}, to {n_centres} in all.",
        "^{lead} opened the first state-run shelter for {survivors} in {place} in {start}.",
        "The shelters provide {services}, and help residents find housing and work when they leave.",
        "{ngo} runs the shelters under an agreement with {lead}, which covers staff and running costs.",
        "Women can be admitted at any time of day, referred by the police, health services or the helpline, or on their own initiative.",
        "The counselling centres give {survivors} psychological support and legal advice {free}, and accompany them to court hearings.",
        "The address of each shelter is kept confidential, and residents receive help with school enrolment for their children.",
        "Staff include social workers, psychologists, lawyers and childcare workers.",
        "Women who leave a shelter can move into transitional housing for up to a year.",
        "The centres also offer group therapy and vocational training.",
    ],
    "integrated": [
        "^{lead} and {health} opened the first one-stop centre for {survivors} in {start}, in {place}.",
        "^The referral pathway, agreed between {police}, {health}, {social} and {ngos}, sets out who does what when a case of {topic} is reported.",
        "^Since {start}, {the_title} have given {survivors} access to all the services they need in one place.",
        "^In {start}, {lead} introduced a coordinated model of care for {survivors} of {topic} in {some_units}.",
        "Each centre brings together under one roof medical care, psychosocial support, police officers, legal aid and shelter, so that women do not have to tell their story several times.",
        "By {later_year}, {n_centres} centres were operating in {some_units}.",
        "Case managers follow each woman from the first contact to the end of the court case, and meet every month to review high-risk cases.",
        "The centres build on a pilot carried out with {intl} in {places}.",
        "Each professional who sees the woman records the case in a shared file, with her consent.",
        "The model is set out in a protocol signed by {n_small} institutions.",
    ],
    "police": [
        "^In {start}, {police} issued a protocol on how officers should respond to reports of {topic}, including risk assessment and the collection of evidence.",
        "^{police} set up {police_unit} in {some_units}, staffed by specially trained officers, many of them women.",
        "^Since {start}, every police station in {country} has had to follow {the_title} when dealing with {topic}.",
        "^{the_title}, issued by {lead} in {start}, tell officers step by step how to handle reports of {topic}.",
        "^{police_unit} of {police}, created in {start}, investigates cases of {topic} and supports victims through the criminal process.",
        "^In {start}, {interior} instructed all police stations to give priority to calls about {topic}.",
        "The units take reports in private rooms, help {survivors} apply for protection orders and refer them to medical and social services.",
        "The protocol requires officers to attend every call about {topic}, to separate the parties and to record the case even when no complaint is filed.",
        "Officers must inform victims of their rights, assess the risk of further violence with a standard form, and notify {prosecutor} within {hours_n} hours.",
        "The unit receives support from {intl} and {donor}, which paid for equipment, vehicles and interview rooms.",
        "Women officers are on duty in each unit around the clock.",
        "Officers who fail to act on a report face disciplinary proceedings.",
        "The protocol was drafted with {prosecutor} and {ngos}.",
    ],
    "training": [
        "^Since {start}, {lead} has trained {n_officers} police officers, prosecutors and judges on {law} and on how to handle cases of {topic}.",
        "^A module on {topic} was added to the curriculum of {judicial_school} in {start}, and is compulsory for newly appointed judges and prosecutors.",
        "^In {start}, {lead} and {intl} launched a training programme on {topic} for {professionals}.",
        "^{the_title}, run by {lead} since {start}, has reached {professionals} in {some_units}.",
        "The training programme was developed with {judicial_school} and {intl}, and is now part of the initial training of all new officers.",
        "Courses cover the dynamics of {topic}, interviewing {survivors} without causing further harm, risk assessment and the collection of evidence.",
        "In {later_year}, {n_officers} officers from {some_units} took part in the {weeks}-day course, which is taught jointly by trainers from {police} and {ngo}.",
        "Training sessions are held {intervals} in {places} and are followed by refresher courses for supervisors.",
        "A handbook for trainers and an online course were produced with {intl}.",
        "Participants visit shelters and counselling centres and meet survivors who have agreed to share their experience.",
        "Trainers from {ngo} teach alongside senior officers and judges.",
    ],
    "justice": [
        "^In {start}, specialised courts for {topic} were set up in {some_units}, with judges and prosecutors trained to handle such cases.",
        "^{prosecutor} issued guidelines for prosecutors on cases of {topic}, covering evidence, protection of victims during the trial and sentencing.",
        "^{the_title} were introduced by {justice} in {start} and now apply in {some_units}.",
        "^In {start}, {prosecutor} appointed specialised prosecutors for {topic} in each {unit_singular}.",
        "The guidelines ask prosecutors not to drop cases only because the victim withdraws her complaint, and to request protection measures from the first hearing.",
        "The courts hear criminal and family matters together, so that protection orders, custody and maintenance are decided in one place.",
        "{justice} reports that the average time to trial fell from {n_small} to {days} months in the courts concerned.",
        "Victims may give evidence by video link or behind a screen, and are accompanied by a support worker.",
        "Court staff received training from {judicial_school} on dealing with victims of {topic}.",
    ],
    "data": [
        "^Since {start}, {lead} has published yearly figures on {cases_kind} of {topic}, broken down by sex and age of the victim and of the offender and by their relationship.",
        "^{police} records every report of {topic} in an electronic case register shared with {prosecutor}.",
        "^In {start}, {lead} carried out a study of {n_cases} court files on {topic} to find out why so few cases end in conviction.",
        "^{statistics} and {justice} agreed in {start} on common definitions so that police, court and health data on {topic} can be compared.",
        "^{the_title} has been published by {lead} every year since {start}.",
        "The data show that {n_cases} {cases_kind} were registered in {later_year}, {percent}% more than in the previous year.",
        "The figures are published in a yearly report and used to plan services in {all_units}.",
        "The register records the age and sex of victims and offenders, their relationship, the place of the offence and the outcome of the case.",
        "Researchers at the national university analysed the data with support from {intl}.",
        "Personal data are removed before the figures are published.",
    ],
    "survey": [
        "^In {start}, {statistics} carried out the first national survey on {topic}, interviewing {n_women} women aged {age_low} to {age_high}.",
        "^A module on {topic} was added to the Demographic and Health Survey carried out in {start} with a sample of {n_women} households.",
        "^{the_title}, conducted by {statistics} in {start}, is the main source of data on the prevalence of {topic} in {country}.",
        "The survey was designed with {intl} and followed international ethical and safety standards for research on violence against women.",
        "It found that {percent_dec}% of women had experienced physical or sexual violence by a partner in their lifetime, and {percent}% in the previous 12 months.",
        "Interviewers were women, trained for {weeks} days, and every respondent was given the number of the national helpline.",
        "The results, published in {later_year}, are broken down by {unit_singular}, age, education and place of residence.",
        "The survey will be repeated {intervals} so that progress can be measured.",
        "Fieldwork took {weeks} weeks and covered urban and rural areas in {all_units}.",
    ],
    "mechanism": [
        "^In {start}, {cabinet} set up {coordination} to coordinate the national response to {topic}.",
        "^{coordination} is chaired by {women_body} and brings together representatives of the ministries concerned, {police}, {prosecutor} and {ngos}.",
        "^Since {start}, gender focal points have been appointed in {many} ministries and in {some_units}.",
        "^{country} joined a regional network on {topic} in {start}, with support from {intl}.",
        "It meets {intervals}, follows up the implementation of {law} and reports to {parliament}.",
        "The focal points are responsible for including {topic} in sectoral plans and budgets.",
        "The mechanism has a technical secretariat within {women_body} and a budget of its own.",
        "The network promotes the exchange of practice between member countries and holds an annual meeting.",
        "Its members include {partner}, {partner} and representatives of {ngos}.",
    ],
    "monitor": [
        "^{law} requires {lead} to report to {parliament} {intervals} on how it is applied.",
        "^{the_title}, carried out by {rights} in {start}, was based on interviews with {n_people} service users and professionals.",
        "^Since {start}, {lead} has monitored the implementation of measures against {topic} through a set of {n_small} indicators.",
        "The evaluation found that protection orders were granted in {percent}% of applications, but that services in rural {units} remained scarce.",
        "A monitoring framework with {n_small} indicators was agreed with {ngos} and {intl}.",
        "The monitoring report covers {all_units} and is published on the website of {women_body}.",
        "Civil society organizations prepare a shadow report that is discussed with the Government.",
        "Budget lines for the measures are tracked so that spending can be compared with commitments.",
    ],
    "health": [
        "^In {start}, {health} issued clinical guidelines on the care of {survivors} of {topic}.",
        "^{the_title}, adopted by {health} in {start}, sets out how health workers should identify and respond to {topic}.",
        "^Since {start}, every public hospital in {some_units} has had a trained focal point for {survivors}.",
        "The guidelines set out how health workers should identify {topic}, give emergency care, collect forensic evidence and refer women to other services.",
        "They are based on guidance from {intl} and were tested in {n_centres} hospitals in {places}.",
        "Every public hospital must now have a private room for examining survivors of sexual violence.",
        "{health} trained {n_officers} nurses, midwives and doctors in {some_units} on the new protocol.",
        "Emergency contraception and medicines to prevent HIV are given free of charge.",
    ],
    "military": [
        "^In {start}, {lead} {adopted} a policy on preventing {topic} in the armed forces and in peacekeeping missions.",
        "^A code of conduct adopted in {start} applies to all staff and contractors of {lead}.",
        "^Since {start}, {lead} has given all personnel training on {topic} before they are deployed.",
        "All personnel deployed abroad receive training on {topic}, on the protection of civilians and on Security Council resolution 1325.",
        "The policy sets up confidential reporting channels and requires commanders to refer every complaint to the military police.",
        "Gender advisers were appointed to the general staff and to each unit deployed on an international mission.",
        "Breaches lead to disciplinary action and, where a crime is suspected, to referral to the prosecutor.",
    ],
}

DETAIL = {
    "law": [
        "Police officers may remove a violent person from the home for up to {days} days without a court order.",
        "Judges may order {perpetrators} to attend a rehabilitation programme as part of their sentence.",
        "By {later_year}, courts had issued {n_cases} protection orders under the new law.",
        "Regulations adopted in {later_year} set out the duties of each institution, the standards for shelters and the procedure for protection orders.",
        "{justice} set up a working group with {prosecutor} and {ngos} to monitor how the law is applied.",
        "In {later_year}, {parliament} amended the law to extend protection to former partners and to partners who do not live together.",
        "The law requires every {unit_singular} to have at least one shelter and one counselling service.",
        "Employers must allow employees who are victims of {topic} to take up to {days} days of paid leave.",
    ],
    "plan": [
        "Each ministry reports {intervals} to {coordination} on the actions it is responsible for.",
        "The plan includes {n_small} measures, each with indicators, a timeline and a responsible institution.",
        "Particular attention is paid to {group} and {group}, who face additional barriers in reaching services.",
        "Local action plans were adopted in {some_units} to bring the national plan closer to communities.",
        "Under the plan, {n_centres} new counselling centres are to be opened and the capacity of shelters increased by {percent}%.",
        "Awareness campaigns under the plan target young people, parents and employers.",
        "The plan requires all police officers dealing with {topic} to be trained by {later_year}.",
    ],
    "campaign": [
        "Religious and traditional leaders in {places} signed a declaration committing them to speak out against {topic}.",
        "Sports clubs and employers joined the campaign and displayed its materials.",
        "The campaign's website and social media pages were visited more than {n_round} times in {later_year}.",
        "Youth groups staged plays and debates in {some_units}.",
        "{ngo} trained {n_people} community volunteers to lead discussions in their neighbourhoods.",
        "Men's groups in {places} meet every month to talk about fatherhood, respect and non-violent relationships.",
    ],
    "hotline": [
        "About {percent}% of callers say they had never spoken to anyone about the violence before.",
        "The helpline was extended in {later_year} to a chat service for young people.",
        "{police} and the helpline agreed on a protocol for transferring emergency calls.",
        "Data from the calls are analysed {intervals} and shared with {lead} without identifying callers.",
        "The helpline number is printed on medicine packaging and shop receipts through a partnership with private companies.",
    ],
    "shelter": [
        "In {later_year}, the shelters took in {n_people} women and children.",
        "Average stays lasted {weeks} weeks, and {percent}% of residents did not return to the violent partner.",
        "Minimum standards for shelters, adopted in {later_year}, cover staffing, safety and the rights of residents.",
        "Two of the shelters are adapted for women with disabilities.",
    ],
    "integrated": [
        "In {later_year}, the centres assisted {n_people} women, {percent}% of them referred by the police.",
        "The centres are open 24 hours a day, every day of the year.",
        "A survivor can make a complaint to the police and see a doctor in the same visit.",
    ],
    "police": [
        "In {later_year}, the units registered {n_cases} cases and referred {percent}% of victims to support services.",
        "Each unit keeps a register of protection orders issued in its area.",
        "Officers attending calls now wear body cameras to record evidence.",
    ],
    "training": [
        "An evaluation showed that trained officers were more likely to record cases and to refer victims to services.",
        "By {later_year}, {percent}% of front-line officers had completed the course.",
        "The course was certified by {judicial_school} in {later_year}.",
    ],
    "justice": [
        "In {later_year}, the specialised courts decided {n_cases} cases, {percent}% of which ended in a conviction.",
        "Judges may order protection measures at any stage of the proceedings.",
        "Victims receive free legal representation from {legal_aid}.",
    ],
    "data": [
        "The register now covers all police stations and courts in {all_units}.",
        "Since {later_year}, the data have also recorded whether children were present.",
        "The figures are shared {intervals} with {women_body} and with {ngos}.",
    ],
    "survey": [
        "The survey also asked about attitudes: {percent}% of women and {percent}% of men agreed that a husband is justified in hitting his wife in some circumstances.",
        "Only {percent_dec}% of women who had experienced violence had sought help from the police.",
        "The data set has been made available to researchers.",
    ],
    "mechanism": [
        "Similar committees were set up in {some_units}.",
        "In {later_year}, the committee adopted a common protocol for referral between services.",
        "Its secretariat prepares a {report_kind} for {parliament}.",
    ],
    "monitor": [
        "The {report_kind} for {later_year} found that {percent}% of the planned actions had been completed.",
        "Findings are discussed at a yearly public hearing with {ngos}.",
    ],
    "health": [
        "In {later_year}, the hospitals identified {n_cases} cases of {topic} among their patients.",
        "A form for recording injuries was introduced so that medical evidence can be used in court.",
    ],
    "military": [
        "In {later_year}, {n_cases} personnel completed the training.",
        "Complaints are handled by an independent inspector general.",
    ],
}

SHARED_ACTIVITY = [
    "The measure gives effect to {law} and to {country_poss} commitments under {convention}.",
    "It forms part of {plan_ref}.",
    "{equality_law} provides the legal basis for this work.",
    "Under {law}, the authorities must also inform victims of the services available to them.",
    "In {later_year}, {n_officers} police officers and {n_officers} health workers were trained on the new procedures.",
    "Services were extended to {some_units}, including {places}.",
    "More than {n_round} women received counselling, legal advice or shelter in {later_year}.",
    "{ngo} runs outreach sessions for {group} in {places}.",
    "The number of reported cases of {topic} rose from {n_cases} in {start} to {n_cases} in {later_year}, which the authorities attribute mainly to greater trust in the services.",
    "{lead} opened {n_few} new support centres in {later_year}.",
    "A free helpline, {phone}, gives information and refers callers to the nearest service.",
    "Local coordination groups were set up in {some_units}, bringing together police, health, education and social services.",
    "Mobile teams visit remote communities in {places} to reach {group}.",
    "A risk assessment tool was introduced in {later_year} and is now used by police officers in {all_units}.",
    "{percent}% of the women who contacted the services in {later_year} had experienced violence for more than five years.",
    "Schools in {some_units} now include lessons on respectful relationships and consent.",
    "{education} added material on {topic} to the teacher training curriculum.",
    "Interpreters are available for women who do not speak the official language.",
    "{social} provides financial assistance to survivors who leave a violent partner.",
    "Programmes for {perpetrators} operate in {some_units}, and {n_people} men have taken part since {later_year}.",
    "An online platform gives {professionals} access to guidance and case forms.",
    "Community leaders in {places} were trained to recognise {topic} and to refer women to services.",
]

PILLAR_SENTENCES = [
    "In line with international practice, the measure rests on the 4 Ps: prevention, protection, prosecution and partnership.",
    "The strategy is built on four pillars: preventing violence, protecting and supporting {survivors}, prosecuting {perpetrators}, and working in partnership.",
    "Its actions fall under prevention, protection of victims, prosecution of offenders and partnerships with {ngos}.",
    "The four priority areas are prevention and awareness; care and protection for {survivors}; access to justice and punishment of offenders; and coordination between institutions.",
    "The approach follows the four Ps (prevention, protection, prosecution and partnership) set out in {convention}.",
    "It addresses prevention through education and awareness, protection through services and protection orders, prosecution through specialised training of police and prosecutors, and partnership through a national coordination body.",
    "Work is organised in {pillar_count} areas: prevention, care for {survivors}, punishment of {perpetrators}, and cooperation among institutions.",
    "The framework covers the whole chain of the response, from prevention and early identification to protection, prosecution and the rehabilitation of offenders.",
]

PARTNER_SENTENCES = [
    "This cooperation is required by {law}, which makes {lead} responsible for coordinating the response.",
    "{lead} works closely with {partner} and {partner} to implement the measure.",
    "Implementation is coordinated by {coordination}, which brings together {partner}, {partner} and {ngos}.",
    "With technical support from {intl}, {lead} developed a referral mechanism linking police, health, social and legal services.",
    "{partner} and {partner} signed a memorandum of understanding with {lead} in {later_year} to share information on cases.",
    "The measure was piloted with {intl} in {places} before being extended to {all_units}.",
    "{ngos} take part in the working group that monitors implementation, alongside {partner}.",
    "Cooperation between {police}, {health} and {ngo} was formalised in a joint protocol.",
    "{intl} and {donor} provided financial support and technical assistance.",
    "A multi-sectoral committee chaired by {women_body} meets {intervals} to review progress.",
    "Local authorities in {some_units} have signed agreements with {lead} to run services jointly.",
    "{lead} receives technical assistance from {intl} under a joint programme.",
    "{partner} contributes to the work of the steering committee together with {partner}.",
    "Civil society organizations were consulted at every stage, in meetings held in {places}.",
    "Representatives of {partner}, {partner} and {partner} sit on the advisory board.",
]

FUNDING_SENTENCES = [
    "The Government allocated {amount_period} to the measure.",
    "A budget of {amount_period} was set aside for its implementation, mainly for services and training.",
    "Funding allocated: {amount}.",
    "{donor} contributed {amount}, and the State budget provides {amount_period}.",
    "The total cost is estimated at {amount}, of which {percent}% comes from the national budget and the rest from {intl}.",
    "{lead} received {amount_period} from the State budget for this purpose.",
    "With funding from {donor}, {amount} was spent on equipment and the refurbishment of premises.",
    "In {later_year}, the budget was increased to {amount}.",
    "The programme is financed by {intl} ({amount}) and by the national budget.",
    "Local authorities add their own funds to the {amount_period} provided by the central government.",
]

BUDGET_LEADS = ["The budget is as follows:", "Funds allocated by year:", "Budget lines:",
                "The State budget provided:"]

RESULT_SENTENCES = [
    "An evaluation carried out in {later_year} found that {percent}% of the women supported felt safer after six months.",
    "{lead} publishes a {report_kind} on progress, and the measure was {checked} by {rights} in {later_year}.",
    "In {later_year}, {n_cases} cases were referred to the services, and {n_cases} protection orders were issued.",
    "The number of convictions for {topic} rose to {n_cases} in {later_year}.",
    "A mid-term review in {later_year} recommended extending the services to {group} and to rural {units}.",
    "According to {lead}, {n_people} people were reached by the activities in {later_year}.",
    "Progress is {checked} {intervals} against {n_small} indicators agreed with {ngos}.",
    "The {report_kind} of {later_year} notes that demand for services still exceeds capacity in {some_units}.",
    "The CEDAW Committee welcomed the measure in its concluding observations, while asking for more resources for services in rural areas.",
    "An external evaluation commissioned by {intl} in {later_year} recommended a permanent budget line.",
    "Waiting times for a place in a shelter fell from {weeks} weeks to a few days.",
]

PARAGRAPH_COUNTS = [1, 2, 3, 4, 5, 6]
PARAGRAPH_CUMULATIVE = cumulate([20, 30, 25, 13, 7, 5])
ROLE_ORDER = ["detail", "list", "pillars", "partners", "funding", "results"]
ROLE_WEIGHTS = {}
for _kind in INTRO:
    ROLE_WEIGHTS[_kind] = [("detail", 1.2), ("list", 0.35),
                           ("pillars", 0.35 if _kind in ("plan", "law", "mechanism") else 0.05),
                           ("partners", 0.6), ("funding", 0.4), ("results", 0.5)]
LIST_KIND = {"shelter": "services", "integrated": "services", "hotline": "services",
             "health": "services", "police": "police", "training": "training", "justice": "police",
             "survey": "findings", "data": "findings"}
OBJECTIVE_KEYS = ["prevention", "protection", "prosecution", "partnership", "data"]


def compile_template(template):
    """`text {key} text` -> [text, slot function, text, ...], checked once at start-up."""
    parts, position = [], 0
    while True:
        start = template.find("{", position)
        if start < 0:
            parts.append(template[position:])
            return parts
        end = template.index("}", start)
        parts.append(template[position:start])
        key = template[start + 1:end]
        if key in WORDS:
            words = WORDS[key]
            parts.append(lambda b, words=words, n=len(words): words[int(b.r() * n)])
        elif key in SLOTS:
            parts.append(SLOTS[key])
        else:
            raise KeyError(f"unknown slot {key!r} in template {template!r}")
        position = end + 1


def compile_all(templates):
    return [compile_template(t) for t in templates]


INTRO = {kind: (compile_all(t[1:] for t in pool if t.startswith("^")),
                compile_all(t for t in pool if not t.startswith("^")))
         for kind, pool in INTRO.items()}
DETAIL = {kind: compile_all(pool) for kind, pool in DETAIL.items()}
SHARED_ACTIVITY = compile_all(SHARED_ACTIVITY)
PILLAR_SENTENCES = compile_all(PILLAR_SENTENCES)
PARTNER_SENTENCES = compile_all(PARTNER_SENTENCES)
FUNDING_SENTENCES = compile_all(FUNDING_SENTENCES)
RESULT_SENTENCES = compile_all(RESULT_SENTENCES)
BUDGET_LEADS = compile_all(BUDGET_LEADS)
OBJECTIVES = {key: compile_all(pool) for key, pool in OBJECTIVES.items()}
LISTS = {key: (compile_all(leads), None if items is None else compile_all(items))
         for key, (leads, items) in LISTS.items()}


# ---------------------------------------------------------------------------------------------
# Layouts
# ---------------------------------------------------------------------------------------------
LINE_START_HAZARDS = ("Country", "Year", "Type of Measure", "Form of Violence", "Back",
                      "GLOBAL DATABASE", "Brief Description", "Full Text", "Source of",
                      "-", "–", "•", "*", "(", "|")


def is_hazard(word):
    """Would a line starting with `word` read as a header, heading or list item?"""
    if word.startswith(LINE_START_HAZARDS):
        return True
    if word.endswith((".", ")")):
        core = word[:-1]
        if (core.isdigit() and len(core) <= 3) or (len(core) == 1 and core.islower()) or (
                core and all(c in "ivx" for c in core)):
            return True
    return False


def wrap(text, width):
    """Hard line breaks inside a paragraph, never putting a marker-like word first on a line."""
    lines, current = [], ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > width and not is_hazard(word):
            lines.append(current)
            current = word
        else:
            current = word if not current else current + " " + word
    if current:
        lines.append(current)
    return lines


class Writer:
    """Draws records and writes each in one of the three layouts."""

    def __init__(self, rng):
        self.rng = rng
        self.b = RecordBuilder(rng)

    def record(self):
        rng, b = self.rng, self.b
        r = rng.random
        x = r()
        layout = "labelled" if x < 0.6 else ("table" if x < 0.8 else "data")
        b.seen = set()
        b.used = set()
        b.lead_inst = None
        quotes = r()
        b.oq, b.cq = ("“", "”") if quotes < 0.4 else ('"', '"')
        b.draw_header(layout)
        b.kind_value = b.types[0]
        b.title = b.draw_title()
        blocks = b.draw_description(layout)
        join = "  " if r() < 0.1 else " "
        wrap_width = rng.int(60, 90) if r() < 0.05 else 0
        bullet = b.pick(["  • ", "  • ", "- ", "1. ", "  1. ", "a) ", "• "])
        lower_items = r() < 0.5
        end_mark = b.pick([";", ";", "", "."])
        lines = []
        for index, block in enumerate(blocks):
            if block[0] == "p":
                text = join.join(block[1])
                lines.extend(wrap(text, wrap_width) if wrap_width else [text])
            else:
                lines.append(block[1])
                items = block[2]
                if block[0] == "budget":
                    items = ["- " + item for item in items]
                else:
                    if lower_items:
                        items = [item[0].lower() + item[1:] for item in items]
                    last = len(items) - 1
                    items = [item + ("." if n == last else end_mark) for n, item in enumerate(items)]
                    if bullet.strip() == "1.":
                        indent = bullet[:-3]
                        items = [f"{indent}{n + 1}. {item}" for n, item in enumerate(items)]
                    elif bullet == "a) ":
                        items = [f"{chr(97 + n)}) {item}" for n, item in enumerate(items)]
                    else:
                        items = [bullet + item for item in items]
                if r() < 0.15:
                    lines.append("")
                lines.extend(items)
                if index + 1 < len(blocks) and r() < 0.2:
                    continue  # a list running straight into the next paragraph, as in the seed
            lines.append("")
        while lines and lines[-1] == "":
            lines.pop()
        if quotes < 0.35:
            lines = [line.replace("'", "’") for line in lines]
        elif quotes < 0.45:
            lines = [line.replace("'", "’") if r() < 0.5 else line for line in lines]
        if r() < 0.06:
            lines = [line + " " if line and r() < 0.3 else line for line in lines]
        if layout == "labelled":
            return self.labelled(lines)
        if layout == "table":
            return self.table(lines)
        return self.data_site(lines)

    def years_text(self):
        b = self.b
        return f"{b.start} - {b.end}" if b.end > b.start else str(b.start)

    def labelled(self, description):
        b, r = self.b, self.rng.random
        out = [f"Country {b.country_written}"]
        if b.has_year:
            out.append(f"Year {self.years_text()}")
        out.append("Type of Measure " + ", ".join(b.types))
        out.append("Form of Violence " + ", ".join(b.forms))
        out.extend(["", "Brief Description", ""])
        if r() < 0.05:
            out.append("")
        out.extend(description)
        out.append("")
        if r() < 0.2:
            title = b.title if b.kind == "law" or r() < 0.7 else f"{b.title} ({b.start})"
            out.extend(["Full Text", "", title, ""])
        out.extend(["Source of Information", ""])
        out.extend(self.source_lines())
        if r() < 0.45:
            out.extend(["", b.pick(LINK_TEXT)])
        return out

    def source_lines(self):
        b = self.b
        source = b.draw_source()
        if b.r() < 0.12:
            second = b.draw_source()
            if second != source:
                source = source + [""] + second
        return source

    def table(self, description):
        b = self.b
        out = [f"Country | {b.country_written} |"]
        if b.has_year:
            out.append(f"Year | {self.years_text()} |")
        out.append("Type of Measure | " + ", ".join(b.types) + " |")
        out.append("Form of Violence | " + ", ".join(b.forms) + " |")
        out.extend(description)
        return out

    def data_site(self, description):
        b = self.b
        upper = b.country_written.upper()
        out = [BREADCRUMB + upper + "MEASURES" + b.title.upper(), "Back",
               f"{upper} | {b.country.region}", b.title,
               "Type of Measure", ", ".join(b.types), "Form of Violence", ", ".join(b.forms)]
        if b.has_year:
            out.extend(["Year", self.years_text()])
        out.extend(["Brief Description", ""])
        out.extend(description)
        out.extend(["", "Source of Information"])
        out.extend(self.source_lines())
        out.extend(JUNK_TAIL)
        return out


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------
def block_records(seed, block, count):
    """The records of one block: [bytes with LF line ends, CRLF?, …]. CRLF applies when the
    corpus is one file (a dump concatenated from sources with either line end)."""
    writer = Writer(Rng(f"vawkg-corpus/{seed}/{block}"))
    r = writer.rng.random
    out = []
    for _ in range(count):
        crlf = r() < 0.02
        lines = writer.record()
        gap = "\n" if r() < 0.85 else ("\n\n" if r() < 0.8 else "\n\n\n")
        out.append(("\n".join(lines) + "\n" + gap).encode("utf-8"))
        out.append(crlf)
    return out


def record_stream(records, seed, jobs):
    """(bytes, crlf) of every record in order. Blocks are drawn by up to `jobs` processes with a
    bounded number in flight, so memory stays constant; the output does not depend on `jobs`."""
    n_blocks = (records + BLOCK - 1) // BLOCK
    tasks = [(seed, block, min(BLOCK, records - block * BLOCK)) for block in range(n_blocks)]
    if jobs <= 1 or n_blocks <= 1:
        for task in tasks:
            result = block_records(*task)
            for index in range(0, len(result), 2):
                yield result[index], result[index + 1]
        return
    import multiprocessing
    from collections import deque
    with multiprocessing.Pool(jobs) as pool:
        pending = deque()
        next_task = 0
        while next_task < len(tasks) or pending:
            while next_task < len(tasks) and len(pending) < 2 * jobs:
                pending.append(pool.apply_async(block_records, tasks[next_task]))
                next_task += 1
            result = pending.popleft().get()
            for index in range(0, len(result), 2):
                yield result[index], result[index + 1]


def generate(records, seed, out, per_file, jobs=1):
    """Writes the corpus; returns (files, bytes)."""
    stream = record_stream(records, seed, jobs)
    if per_file <= 0:
        n_bytes = 0
        with open(out, "wb") as handle:
            buffer, size = [], 0
            for text, crlf in stream:
                if crlf:
                    text = text.replace(b"\n", b"\r\n")
                buffer.append(text)
                size += len(text)
                if size > 1 << 20:
                    handle.write(b"".join(buffer))
                    n_bytes += size
                    buffer, size = [], 0
            handle.write(b"".join(buffer))
            n_bytes += size
        return 1, n_bytes

    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(out)):  # parts of an earlier, bigger run
        if name.startswith("part-") and name.endswith(".txt"):
            os.remove(os.path.join(out, name))
    n_files = n_bytes = 0
    remaining = records
    while remaining > 0:
        count = min(per_file, remaining)
        file_rng = Rng(f"vawkg-corpus/{seed}/file/{n_files}")
        crlf = file_rng.chance(0.08)
        parts = [b"\xef\xbb\xbf"] if file_rng.chance(0.02) else []
        for _ in range(count):
            text, _ = next(stream)
            parts.append(text.replace(b"\n", b"\r\n") if crlf else text)
        data = b"".join(parts)
        with open(os.path.join(out, f"part-{n_files:05d}.txt"), "wb") as handle:
            handle.write(data)
        n_bytes += len(data)
        n_files += 1
        remaining -= count
    return n_files, n_bytes


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Seeded, deterministic synthetic corpus of Global Database on Violence "
                    "against Women records (labelled, table and newer-site layouts).")
    parser.add_argument("--records", type=int, required=True, help="number of records")
    parser.add_argument("--seed", type=int, default=1, help="seed (default 1)")
    parser.add_argument("--out", required=True, help="output file, or folder with --per-file K")
    parser.add_argument("--per-file", type=int, default=0,
                        help="K records per file part-NNNNN.txt in the folder OUT "
                             "(default 0: one file OUT)")
    parser.add_argument("--jobs", type=int, default=min(os.cpu_count() or 1, 8),
                        help="worker processes (default: the number of CPUs, at most 8); "
                             "the output does not depend on it")
    args = parser.parse_args(argv)
    if args.records < 0 or args.per_file < 0:
        parser.error("--records and --per-file must not be negative")
    started = time.perf_counter()
    files, size = generate(args.records, args.seed, args.out, args.per_file, max(1, args.jobs))
    seconds = time.perf_counter() - started
    print(f"gen_corpus: {args.records} records, {size} bytes ({size / 1e6:.1f} MB), "
          f"{files} file(s), {seconds:.1f} s ({args.records / max(seconds, 1e-9):,.0f} records/s)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
