# Content and gold for the blind4 set. Written by hand; rendered by build.py.
F = "Förskola"; S = "Skola"; A = "Äldreomsorg"
SOC = "Socialtjänst samt stöd och service till personer med funktionsnedsättning"
AV = "Andra verksamheter"


def U(name, dept=None, cls=None, op=None):
    return {"name": name, "department": dept, "class": cls, "operator": op}


def D(role, date, text, inferred=False):
    return {"role": role, "date": date, "text": text, "year_inferred": inferred}


BG1 = [
    ("p", "Kvalitetsutmärkelsen är Stockholms stads årliga pris som ska uppmärksamma och belöna verksamheter som arbetar framgångsrikt med att utveckla sin kvalitet. Utmärkelsen är både en sporre för de enheter som deltar och ett sätt för staden att visa upp goda förebilder för andra verksamheter."),
    ("p", "Alla verksamheter som finansieras av staden, oavsett om de drivs i egen regi eller av en extern utförare, kan delta. De deltagande enheterna lämnar ett skriftligt tävlingsbidrag som bedöms av utbildade examinatorer, vilka även gör ett platsbesök. En jury utser därefter vinnarna i de olika tävlingsklasserna."),
]
BG2 = [
    ("p", "Stadens kvalitetsutmärkelse delas ut varje år och syftar till att lyfta fram och sprida goda exempel på systematiskt förbättringsarbete. Deltagandet ger enheterna en extern genomlysning av verksamheten och en skriftlig återkoppling som kan användas i det fortsatta utvecklingsarbetet."),
    ("p", "Bedömningen görs utifrån stadens program för kvalitetsutveckling. Examinatorerna är medarbetare i staden som har fått särskild utbildning för uppdraget. Enheter som vunnit utmärkelsen får inte delta de två följande åren, medan enheter som fått ett hedersomnämnande kan delta redan året därpå."),
]
BG3 = [
    ("p", "Genom att delta i utmärkelsen får verksamheten möjlighet att granska sitt eget arbetssätt, och medarbetarna får tillfälle att tillsammans reflektera över vad som fungerar väl och vad som kan förbättras. Vinnande enheter får ett diplom och en prissumma som ska användas för att utveckla verksamheten vidare."),
]

CLASSES_LIST = ("ul", ["Förskola", "Skola", "Äldreomsorg inklusive myndighetsutövning",
                       "Socialtjänst samt stöd och service till personer med funktionsnedsättning inklusive myndighetsutövning",
                       "Andra verksamheter, till exempel administrativa och tekniska verksamheter samt stadens bolag"])

DOCS = []

# ---------------------------------------------------------------- 01
DOCS.append(dict(
    name="b4-01-skarpnack-2018-tu", fmt="fodt", font="Liberation Sans", size=11, margin_cm=(2.0, 2.0, 2.5, 2.0),
    title="Deltagande i Stockholms stads kvalitetsutmärkelse 2018",
    header=["Skarpnäcks stadsdelsförvaltning\tTjänsteutlåtande", "Stadsdelsdirektörens stab\tDnr SKA 2018/0214", "\tSida {PAGE} ({PAGES})"],
    footer=["Skarpnäcks stadsdelsförvaltning, Box 5103, 121 17 Johanneshov. Växel 08-508 15 000"],
    body=[
        ("small", "2018-05-02"),
        ("small", "Handläggare: Helena Rydqvist, telefon 08-508 15 412"),
        ("small", "Till Skarpnäcks stadsdelsnämnd 2018-05-24"),
        ("title", "Deltagande i Stockholms stads kvalitetsutmärkelse 2018"),
        ("h", "Förvaltningens förslag till beslut"),
        ("p", "Stadsdelsnämnden noterar anmälan om deltagande i Kvalitetsutmärkelsen 2018 och lägger ärendet till handlingarna."),
        ("h", "Sammanfattning"),
        ("p", "Nio enheter inom Skarpnäcks stadsdelsförvaltning deltar i årets kvalitetsutmärkelse. Det är fler än föregående år. Enheterna redovisas i tabellen under rubriken Ärendet."),
        ("h", "Bakgrund"),
    ] + BG1 + BG2[:1] + [
        ("h", "Ärendet"),
        ("p", "Följande enheter deltar i Kvalitetsutmärkelsen 2018."),
        ("table", ["Enhet", "Avdelning", "Tävlingsklass"], [
            ["Förskolan Pärlhönan", "Avdelningen för förskola", F],
            ["Förskolan Trasten", "Avdelningen för förskola", F],
            ["Förskolan Kvarnbacken", "Avdelningen för förskola", F],
            ["Fritidsgården Pilen", "Avdelningen för kultur och fritid", AV],
            ["Hemtjänsten Skarpnäck norra", "Avdelningen för äldreomsorg", A],
            ["Omsorgsboendet Lönnhagen", "Avdelningen för äldreomsorg", A],
            ["Dagverksamheten Björkhagsgården", "Avdelningen för äldreomsorg", A],
            ["Kontaktcenter Skarpnäck", "Stadsdelsdirektörens stab", AV],
            ["Parkleken Flatenbacken", "Avdelningen för kultur och fritid", AV],
        ], [38, 37, 25]),
        ("p", "Tävlingsbidragen ska ha kommit in till stadsledningskontoret senast den 18 maj 2018. Därefter genomförs platsbesök under sommaren och början av hösten. Utmärkelsen delas ut vid en ceremoni i Stadshuset den 27 november 2018."),
        ("p", "Enligt anvisningarna ska deltagandet anmälas till respektive nämnd, och protokollsutdraget ska skickas till stadsledningskontoret senast den 29 juni 2018."),
        ("h", "Förvaltningens synpunkter"),
        ("p", "Förvaltningen ser positivt på att så många enheter väljer att delta. Deltagandet bidrar till att utveckla kvaliteten i verksamheterna och ger medarbetarna tillfälle att lära av varandra."),
        ("p", "Anna-Karin Westerberg"),
        ("p", "Stadsdelsdirektör"),
    ],
    gold=dict(doc_kind="official_report", board="Skarpnäcks stadsdelsnämnd", administration="Skarpnäcks stadsdelsförvaltning",
              diary_numbers=["SKA 2018/0214"], paragraph=None, award_year=2018, meeting_date="2018-05-24", document_date="2018-05-02",
              units=[U("Förskolan Pärlhönan", "Avdelningen för förskola", F), U("Förskolan Trasten", "Avdelningen för förskola", F),
                     U("Förskolan Kvarnbacken", "Avdelningen för förskola", F), U("Fritidsgården Pilen", "Avdelningen för kultur och fritid", AV),
                     U("Hemtjänsten Skarpnäck norra", "Avdelningen för äldreomsorg", A), U("Omsorgsboendet Lönnhagen", "Avdelningen för äldreomsorg", A),
                     U("Dagverksamheten Björkhagsgården", "Avdelningen för äldreomsorg", A), U("Kontaktcenter Skarpnäck", "Stadsdelsdirektörens stab", AV),
                     U("Parkleken Flatenbacken", "Avdelningen för kultur och fritid", AV)],
              dates=[D("document", "2018-05-02", "2018-05-02"), D("meeting", "2018-05-24", "Till Skarpnäcks stadsdelsnämnd 2018-05-24"),
                     D("submission_deadline", "2018-05-18", "senast den 18 maj 2018"), D("ceremony", "2018-11-27", "den 27 november 2018"),
                     D("report_deadline", "2018-06-29", "senast den 29 juni 2018")],
              decision=None, proposal="Stadsdelsnämnden noterar anmälan om deltagande i Kvalitetsutmärkelsen 2018 och lägger ärendet till handlingarna.",
              prior_participation=[],
              notes="Tjänsteutlåtande; unit/department/class table continues on page 2 with the header row repeated. 'Nio enheter' is a count phrase."),
))

# ---------------------------------------------------------------- 02
DOCS.append(dict(
    name="b4-02-hasselby-vallingby-2022-anmalan", fmt="html", font="Carlito", size=11.5, margin="2.2cm 2.2cm 2.2cm 2.6cm",
    title="Deltagande i Kvalitetsutmärkelsen 2022",
    header=["Hässelby-Vällingby stadsdelsförvaltning", "Kansliet", "Anmälningsärende", "Dnr HV 2022/0311", "2022-03-30"],
    body=[
        ("small", "Till Hässelby-Vällingby stadsdelsnämnd 2022-04-21"),
        ("title", "Deltagande i Kvalitetsutmärkelsen 2022"),
        ("h", "Förvaltningens förslag till beslut"),
        ("p", "Anmälan noteras och läggs till handlingarna."),
        ("h", "Ärendet"),
        ("p", "Verksamheter som deltar i Stockholms stads kvalitetsutmärkelse ska anmäla sitt deltagande till den nämnd de tillhör eller har avtal med. I år har följande verksamheter anmält sig till Kvalitetsutmärkelsen 2022:"),
        ("ul", ["Förskolan Grönkulla, förskoleavdelningen",
                "Vällingby träffpunkt (avdelningen för äldreomsorg)",
                "Daglig verksamhet Kvarnviken (Lindbacka Omsorg AB)",
                "Hemtjänsten Råcksta, avdelningen för äldreomsorg",
                "Gruppbostaden Solviksbacken (Kronhjorten Vård AB)"]),
        ("p", "Förskolan Grönkulla deltog även 2019 och 2021. Vällingby träffpunkt fick ett hedersomnämnande 2020 och deltar nu på nytt. Övriga verksamheter deltar för första gången."),
        ("p", "Anmälan till utmärkelsen skulle vara gjord senast den 25 mars och tävlingsbidragen ska lämnas in senast den 20 maj. Protokollsutdrag från nämndens sammanträde ska skickas till stadsledningskontoret senast den 30 juni 2022."),
        ("h", "Bakgrund"),
    ] + BG2 + [
        ("small", "Handläggare: Jonas Ekdahl, telefon 08-508 05 233"),
    ],
    gold=dict(doc_kind="notification", board="Hässelby-Vällingby stadsdelsnämnd", administration="Hässelby-Vällingby stadsdelsförvaltning",
              diary_numbers=["HV 2022/0311"], paragraph=None, award_year=2022, meeting_date="2022-04-21", document_date="2022-03-30",
              units=[U("Förskolan Grönkulla", "förskoleavdelningen"), U("Vällingby träffpunkt", "avdelningen för äldreomsorg"),
                     U("Daglig verksamhet Kvarnviken", op="Lindbacka Omsorg AB"), U("Hemtjänsten Råcksta", "avdelningen för äldreomsorg"),
                     U("Gruppbostaden Solviksbacken", op="Kronhjorten Vård AB")],
              dates=[D("document", "2022-03-30", "2022-03-30"), D("meeting", "2022-04-21", "Till Hässelby-Vällingby stadsdelsnämnd 2022-04-21"),
                     D("registration_deadline", "2022-03-25", "senast den 25 mars", True), D("submission_deadline", "2022-05-20", "senast den 20 maj", True),
                     D("report_deadline", "2022-06-30", "senast den 30 juni 2022")],
              decision=None, proposal="Anmälan noteras och läggs till handlingarna.",
              prior_participation=[{"unit": "Förskolan Grönkulla", "years": [2019, 2021]}],
              notes="Anmälningsärende from HTML; bulleted list with department after comma / in parentheses and operator in parentheses. Honourable mention 2020 is not prior participation."),
))

# ---------------------------------------------------------------- 03
DOCS.append(dict(
    name="b4-03-farsta-2015-p12", fmt="fodt", font="Liberation Serif", size=12, margin_cm=(2.2, 2.0, 2.8, 2.2),
    title="Protokollsutdrag Farsta 2015 § 12",
    header=["Farsta stadsdelsnämnd\tProtokoll 6/2015", "Sammanträdesdatum 2015-06-11\tSida {PAGE} ({PAGES})"],
    footer=["Justerat 2015-06-16  Ordförande ............  Justerare ............"],
    body=[
        ("p", "§ 12"),
        ("title", "Anmälan av deltagande i Stockholms stads kvalitetsutmärkelse 2015"),
        ("p", "Dnr 1.5.1-214/2015"),
        ("h", "Beslut"),
        ("p", "Stadsdelsnämnden noterar anmälan till protokollet."),
        ("h", "Förvaltningens föredragning"),
        ("p", "I år deltar förvaltningen med Hemtjänsten Hökarängen, som under de senaste åren har byggt upp ett systematiskt förbättringsarbete tillsammans med brukarna, och Förskolan Tallbacken, vars arbete med pedagogisk dokumentation har uppmärksammats i hela stadsdelen. Dessutom deltar Gubbängens dagliga verksamhet, som drivs på entreprenad av Omsorgshuset Norden AB."),
        ("p", "Hemtjänsten Hökarängen tävlar i klassen Äldreomsorg. Förskolan Tallbackens bidrag har skrivits av hela personalgruppen och lämnas i klassen Förskola. Gubbängens dagliga verksamhet deltar i klassen Socialtjänst samt stöd och service till personer med funktionsnedsättning."),
        ("p", "Hemtjänsten Hökarängens medarbetare har tidigare erfarenhet av utmärkelsen, eftersom enheten deltog även 2012 och 2013. Förskolan Fyrklövern, som fick Kvalitetsutmärkelsen 2013, deltar inte i år."),
        ("p", "Tävlingsbidragen lämnades in den 18 maj. Protokollsutdraget ska vara stadsledningskontoret tillhanda senast den 30 juni 2015."),
    ] + BG3 + [
        ("h", "Beslutsgång"),
        ("p", "Ordföranden Kerstin Lövgren (M) finner att nämnden beslutar enligt förvaltningens förslag."),
    ],
    gold=dict(doc_kind="protocol_extract", board="Farsta stadsdelsnämnd", administration=None,
              diary_numbers=["1.5.1-214/2015"], paragraph="§ 12", award_year=2015, meeting_date="2015-06-11", document_date=None,
              units=[U("Hemtjänsten Hökarängen", cls=A), U("Förskolan Tallbacken", cls=F),
                     U("Gubbängens dagliga verksamhet", cls=SOC, op="Omsorgshuset Norden AB")],
              dates=[D("meeting", "2015-06-11", "Sammanträdesdatum 2015-06-11"), D("submission_deadline", "2015-05-18", "den 18 maj", True),
                     D("report_deadline", "2015-06-30", "senast den 30 juni 2015")],
              decision="Stadsdelsnämnden noterar anmälan till protokollet.", proposal=None,
              prior_participation=[{"unit": "Hemtjänsten Hökarängen", "years": [2012, 2013]}],
              notes="Protocol extract; units in running sentences with relative clauses and genitives; an earlier winner is not a unit. Justering date in the page footer is not listed."),
))

# ---------------------------------------------------------------- 04
def para(n, title, dnr, beslut, text):
    return [("h", f"§ {n}"), ("p", title), ("p", dnr), ("p", "Beslut"), ("p", beslut)] + [("p", t) for t in text]

DOCS.append(dict(
    name="b4-04-alvsjo-2017-protokoll", fmt="fodt", font="Liberation Sans", size=10.5, margin_cm=(2.0, 1.8, 2.4, 2.4),
    title="Protokoll Älvsjö stadsdelsnämnd 2017-05-18",
    header=["Älvsjö stadsdelsnämnd\tProtokoll nr 5/2017", "Sammanträde 2017-05-18\tSida {PAGE} ({PAGES})"],
    footer=["Vid protokollet: Maria Strömgren. Justeras senast den 24 maj."],
    body=[
        ("title", "Protokoll från sammanträde med Älvsjö stadsdelsnämnd"),
        ("p", "Tid: torsdagen den 18 maj 2017 kl. 18.30–20.05. Plats: Götalandsvägen 214, sammanträdesrummet Kransen."),
        ("p", "Närvarande ledamöter: Gunilla Brattström (S) ordförande, Per-Olof Nyhage (M) vice ordförande, Leila Karimi (MP), Tomas Aldén (V), Ingrid Sjöberg (L), Mats Forsling (M), Eva Hammar (S), Kent Fridh (SD) och Sofia Ekholm (S)."),
        ("p", "Tjänstemän: Stadsdelsdirektör Claes Ringvall, avdelningschefer och nämndsekreterare Maria Strömgren."),
    ] + para(38, "Val av justerare och justeringsdag", "", "Nämnden utser Per-Olof Nyhage (M) att justera protokollet tillsammans med ordföranden den 24 maj 2017.", []) + \
        para(39, "Ekonomisk uppföljning per april 2017", "Dnr ÄLV 2017/0102", "Stadsdelsnämnden godkänner ekonomisk uppföljning per april 2017.",
             ["Förvaltningen prognostiserar ett resultat i balans för helåret. Inom äldreomsorgen bedöms ett mindre underskott uppstå som vägs upp av överskott inom förskoleverksamheten."]) + \
        para(40, "Svar på remiss om trafikplan för Långbro", "Dnr ÄLV 2017/0087", "Stadsdelsnämnden överlämnar förvaltningens tjänsteutlåtande som svar på remissen.",
             ["Förvaltningen ser positivt på förslaget men framhåller behovet av trygga skolvägar."]) + [
        ("h", "§ 41"),
        ("p", "Deltagande i Kvalitetsutmärkelsen 2017"),
        ("p", "Dnr ÄLV 2017/0188"),
        ("p", "Beslut"),
        ("p", "Stadsdelsnämnden noterar anmälan och lägger den till handlingarna."),
        ("p", "Ärendet"),
        ("p", "Förskolan Solstrålen och Förskolan Vårstigen, båda inom avdelningen för förskola, samt Dagverksamheten Herrängen inom avdelningen för äldreomsorg deltar i Stockholms stads kvalitetsutmärkelse 2017. Förskolorna tävlar i klassen Förskola och dagverksamheten i klassen Äldreomsorg."),
        ("p", "Tävlingsbidragen ska lämnas in senast den 21 maj och protokollsutdraget ska vara stadsledningskontoret tillhanda senast den 30 juni 2017."),
        ("p", "Beslutsgång"),
        ("p", "Ordföranden finner att nämnden beslutar enligt förvaltningens förslag."),
    ] + para(42, "Anmälningsärenden", "Dnr ÄLV 2017/0004", "Anmälningsärendena läggs till handlingarna.",
             ["Skrivelse från pensionärsrådet om seniorträffar anmäls. Rapport om klagomål och synpunkter för första tertialet 2017 anmäls."]) + \
        para(43, "Frågor och meddelanden", "", "Nämnden noterar informationen.",
             ["Stadsdelsdirektören informerar om planerad ombyggnad av Älvsjö medborgarkontor."]),
    gold=dict(doc_kind="protocol_extract", board="Älvsjö stadsdelsnämnd", administration=None,
              diary_numbers=["ÄLV 2017/0188"], paragraph="§ 41", award_year=2017, meeting_date="2017-05-18", document_date=None,
              units=[U("Förskolan Solstrålen", "avdelningen för förskola", F), U("Förskolan Vårstigen", "avdelningen för förskola", F),
                     U("Dagverksamheten Herrängen", "avdelningen för äldreomsorg", A)],
              dates=[D("meeting", "2017-05-18", "Sammanträde 2017-05-18"), D("submission_deadline", "2017-05-21", "senast den 21 maj", True),
                     D("report_deadline", "2017-06-30", "senast den 30 juni 2017")],
              decision="Stadsdelsnämnden noterar anmälan och lägger den till handlingarna.", proposal=None, prior_participation=[],
              notes="Whole protocol §§ 38-43; only § 41 concerns the award. Other §§' diary numbers and decisions are not part of the record."),
))

# ---------------------------------------------------------------- 05
DOCS.append(dict(
    name="b4-05-enskede-arsta-vantor-2023-agenda", fmt="html", font="Liberation Serif", size=11.5, margin="2cm 2.4cm 2cm 2.4cm",
    title="Föredragningslista Enskede-Årsta-Vantörs stadsdelsnämnd",
    header=["Enskede-Årsta-Vantörs stadsdelsförvaltning", "Kansliet"],
    body=[
        ("title", "Föredragningslista"),
        ("p", "Enskede-Årsta-Vantörs stadsdelsnämnd"),
        ("p", "Sammanträde torsdagen den 20 april 2023 kl. 18.00"),
        ("p", "Plats: Slakthusområdet, Korskvarnsvägen 12, sal Styckaren"),
        ("h", "Ärenden"),
        ("p", "1. Upprop och val av justerare"),
        ("p", "2. Anmälan av inkomna skrivelser – Dnr EÅV 2023/0019"),
        ("p", "3. Ekonomisk uppföljning per mars 2023 – Dnr EÅV 2023/0212"),
        ("p", "4. Verksamhetsberättelse för stadsdelsnämndens råd 2022 – Dnr EÅV 2023/0145"),
        ("p", "5. Revidering av kvalitetsgarantier för förskolan – Dnr EÅV 2023/0301"),
        ("p", "6. Yttrande över detaljplan för Årstafältet, etapp 4 – Dnr EÅV 2023/0276"),
        ("p", "7. Deltagande i Kvalitetsutmärkelsen 2023 – Dnr EÅV 2023/0457"),
        ("p", "Förskolan Tranbäret och Enheten för ekonomiskt bistånd Årsta deltar i årets kvalitetsutmärkelse."),
        ("p", "Förvaltningens förslag: Nämnden noterar anmälan och lägger den till handlingarna."),
        ("p", "8. Svar på skrivelse om belysning i Rågsveds centrum – Dnr EÅV 2023/0199"),
        ("p", "9. Anmälningsärenden – Dnr EÅV 2023/0020"),
        ("p", "10. Frågor och meddelanden"),
        ("p", "Handlingar finns på stadens webbplats och hos kansliet."),
        ("p", "Åsa Lindgren, ordförande"),
        ("p", "Pontus Hedman, nämndsekreterare"),
    ],
    gold=dict(doc_kind="agenda_item", board="Enskede-Årsta-Vantörs stadsdelsnämnd", administration="Enskede-Årsta-Vantörs stadsdelsförvaltning",
              diary_numbers=["EÅV 2023/0457"], paragraph=None, award_year=2023, meeting_date="2023-04-20", document_date=None,
              units=[U("Förskolan Tranbäret"), U("Enheten för ekonomiskt bistånd Årsta")],
              dates=[D("meeting", "2023-04-20", "torsdagen den 20 april 2023")],
              decision=None, proposal="Nämnden noterar anmälan och lägger den till handlingarna.", prior_participation=[],
              notes="Agenda with numbered items each with its own Dnr; item 7 is the award matter. Item 5 (kvalitetsgarantier) is not."),
))

# ---------------------------------------------------------------- 06
DOCS.append(dict(
    name="b4-06-hagersten-liljeholmen-2009-nominering", fmt="fodt", font="Carlito", size=11.5, margin_cm=(2.5, 2.2, 2.5, 2.5),
    title="Nominering till Stockholms stads kvalitetsutmärkelse 2009",
    header=["Hägersten-Liljeholmens stadsdelsförvaltning\tTjänsteutlåtande", "Ekonomi- och kvalitetsavdelningen\tSida {PAGE} ({PAGES})"],
    footer=["Hägersten-Liljeholmens stadsdelsförvaltning, Årstaängsvägen 21 D, Box 44083, 100 73 Stockholm"],
    body=[
        ("small", "Dnr 109-143/2009"),
        ("small", "2009-01-15"),
        ("small", "Handläggare: Birgitta Almqvist, telefon 08-508 20 117"),
        ("small", "Till Hägersten-Liljeholmens stadsdelsnämnd, sammanträde 2009-01-29"),
        ("title", "Nominering till Stockholms stads kvalitetsutmärkelse 2009"),
        ("h", "Förvaltningens förslag till beslut"),
        ("p", "Stadsdelsnämnden nominerar de enheter som redovisas i tjänsteutlåtandet till Stockholms stads kvalitetsutmärkelse 2009."),
        ("h", "Sammanfattning"),
        ("p", "Förvaltningen föreslår att fyra enheter nomineras till årets kvalitetsutmärkelse. Nomineringarna ska vara stadsledningskontoret tillhanda senast den 13 februari 2009, och de nominerade enheterna lämnar sina tävlingsbidrag senast den 15 april 2009."),
        ("h", "Bakgrund"),
    ] + BG1 + [
        ("h", "Förvaltningens nomineringar"),
        ("p", "Förvaltningen nominerar följande enheter, ordnade efter tävlingsklass."),
        ("p", "Förskola"),
        ("ol", ["Förskolan Ekorren", "Förskolan Blåklockan"]),
        ("p", "Äldreomsorg"),
        ("ol", ["Hemtjänsten Västberga"]),
        ("p", "Andra verksamheter"),
        ("ol", ["Medborgarkontoret Hägersten"]),
        ("p", "Förskolan Ekorren fick ett hedersomnämnande 2007 och har sedan dess fortsatt att utveckla sitt kvalitetsarbete. Förskolan Solvändan, som tilldelades utmärkelsen 2008, kan inte nomineras i år."),
        ("p", "Ingela Marcusson"),
        ("p", "Stadsdelsdirektör"),
    ],
    gold=dict(doc_kind="official_report", board="Hägersten-Liljeholmens stadsdelsnämnd", administration="Hägersten-Liljeholmens stadsdelsförvaltning",
              diary_numbers=["109-143/2009"], paragraph=None, award_year=2009, meeting_date="2009-01-29", document_date="2009-01-15",
              units=[U("Förskolan Ekorren", cls=F), U("Förskolan Blåklockan", cls=F), U("Hemtjänsten Västberga", cls=A), U("Medborgarkontoret Hägersten", cls=AV)],
              dates=[D("document", "2009-01-15", "2009-01-15"), D("meeting", "2009-01-29", "sammanträde 2009-01-29"),
                     D("report_deadline", "2009-02-13", "senast den 13 februari 2009"), D("submission_deadline", "2009-04-15", "senast den 15 april 2009")],
              decision=None, proposal="Stadsdelsnämnden nominerar de enheter som redovisas i tjänsteutlåtandet till Stockholms stads kvalitetsutmärkelse 2009.",
              prior_participation=[],
              notes="Nomination (pre-2012) with numbered lists under class headings; nominations due at the central office are report_deadline. Honourable mention 2007 and winner 2008 are not prior participation/units."),
))

# ---------------------------------------------------------------- 07
DOCS.append(dict(
    name="b4-07-norrmalm-2024-infor-2025", fmt="html", font="Liberation Sans", size=11, margin="2cm 2cm 2cm 2.5cm",
    title="Kvalitetsutmärkelsen 2025 – planerat deltagande",
    header=["Norrmalms stadsdelsförvaltning", "Avdelningen för ledning och verksamhetsstöd", "Tjänsteutlåtande", "Dnr NOR 2024/1632", "2024-12-03"],
    body=[
        ("small", "Handläggare: Sara Lindholm, telefon 08-508 09 145"),
        ("small", "Till Norrmalms stadsdelsnämnd 2024-12-12"),
        ("title", "Kvalitetsutmärkelsen 2025 – planerat deltagande"),
        ("h", "Förvaltningens förslag till beslut"),
        ("p", "Stadsdelsnämnden noterar informationen om planerat deltagande i Kvalitetsutmärkelsen 2025."),
        ("h", "Sammanfattning"),
        ("p", "Inför nästa års utmärkelse har förvaltningen tidigt inventerat intresset bland enheterna. Förskolan Observatoriet inom förskoleavdelningen och Familjecentrum Vasastan inom avdelningen för individ- och familjeomsorg planerar att delta i Kvalitetsutmärkelsen 2025."),
        ("p", "Familjecentrum Vasastan deltog senast 2022 och vill nu följa upp den återkoppling enheten fick då. För Förskolan Observatoriet blir det första deltagandet."),
        ("h", "Tidplan"),
        ("p", "Enligt stadsledningskontorets preliminära tidplan ska anmälan ske senast den 21 mars och tävlingsbidraget lämnas in senast den 16 maj. Nämndens protokollsutdrag ska ha kommit in senast den 27 juni."),
        ("p", "Förvaltningen återkommer till nämnden under våren med en anmälan av de enheter som slutligen deltar."),
        ("h", "Bakgrund"),
    ] + BG3 + [
        ("p", "Karin Adolfsson"),
        ("p", "Stadsdelsdirektör"),
    ],
    gold=dict(doc_kind="official_report", board="Norrmalms stadsdelsnämnd", administration="Norrmalms stadsdelsförvaltning",
              diary_numbers=["NOR 2024/1632"], paragraph=None, award_year=2025, meeting_date="2024-12-12", document_date="2024-12-03",
              units=[U("Förskolan Observatoriet", "förskoleavdelningen"), U("Familjecentrum Vasastan", "avdelningen för individ- och familjeomsorg")],
              dates=[D("document", "2024-12-03", "2024-12-03"), D("meeting", "2024-12-12", "Till Norrmalms stadsdelsnämnd 2024-12-12"),
                     D("registration_deadline", "2025-03-21", "senast den 21 mars", True), D("submission_deadline", "2025-05-16", "senast den 16 maj", True),
                     D("report_deadline", "2025-06-27", "senast den 27 juni", True)],
              decision=None, proposal="Stadsdelsnämnden noterar informationen om planerat deltagande i Kvalitetsutmärkelsen 2025.",
              prior_participation=[{"unit": "Familjecentrum Vasastan", "years": [2022]}],
              notes="December 2024 document about the 2025 award; year-less deadlines belong to 2025."),
))

# ---------------------------------------------------------------- 08
DOCS.append(dict(
    name="b4-08-arbetsmarknadsnamnden-2020-anmalan", fmt="fodt", font="Liberation Serif", size=11, margin_cm=(2.0, 2.0, 2.5, 2.2),
    title="Anmälan om deltagande i Kvalitetsutmärkelsen 2020",
    header=["Arbetsmarknadsförvaltningen\tAnmälan", "Stab\tDnr AMN 2020/0189", "\tSida {PAGE} ({PAGES})"],
    footer=["Arbetsmarknadsförvaltningen, Hantverkargatan 2 F, 112 21 Stockholm"],
    body=[
        ("small", "2020-04-07"),
        ("small", "Handläggare: Emil Sandberg, telefon 08-508 35 061"),
        ("small", "Till Arbetsmarknadsnämnden 2020-04-28"),
        ("title", "Anmälan om deltagande i Kvalitetsutmärkelsen 2020"),
        ("h", "Ärendet"),
        ("p", "Förvaltningen anmäler att Jobbtorg Vantör och Komvux Lärcentrum Söder deltar i Stockholms stads kvalitetsutmärkelse 2020. Komvux Lärcentrum Söder deltar i klassen Skola. Anmälan från Jobbtorg Vantör, som kom in till förvaltningens kvalitetsfunktion via e-post, återges nedan."),
        ("pre", ["-----Ursprungligt meddelande-----",
                 "Från: Karin Fält <karin.falt@stockholm.se>",
                 "Skickat: den 12 mars 2020 14:07",
                 "Till: Kvalitet AMF <kvalitet.amf@stockholm.se>",
                 "Ämne: VB: Anmälan Kvalitetsutmärkelsen 2020",
                 "",
                 "Hej!",
                 "Jobbtorg Vantör anmäler härmed sitt deltagande i Kvalitetsutmärkelsen 2020 i klassen Andra verksamheter.",
                 "Vi har påbörjat arbetet med bidraget och räknar med att skicka in det senast den 15 maj.",
                 "Vänliga hälsningar",
                 "Karin Fält, enhetschef, Jobbtorg Vantör"]),
        ("p", "Enligt anvisningarna ska protokollsutdrag från nämnden skickas till stadsledningskontoret senast den 30 juni 2020."),
        ("h", "Bakgrund"),
    ] + BG2 + [
        ("p", "Per Eriksson"),
        ("p", "Förvaltningsdirektör"),
    ],
    gold=dict(doc_kind="notification", board="Arbetsmarknadsnämnden", administration="Arbetsmarknadsförvaltningen",
              diary_numbers=["AMN 2020/0189"], paragraph=None, award_year=2020, meeting_date="2020-04-28", document_date="2020-04-07",
              units=[U("Jobbtorg Vantör", cls=AV), U("Komvux Lärcentrum Söder", cls=S)],
              dates=[D("document", "2020-04-07", "2020-04-07"), D("meeting", "2020-04-28", "Till Arbetsmarknadsnämnden 2020-04-28"),
                     D("other", "2020-03-12", "den 12 mars 2020 14:07"), D("submission_deadline", "2020-05-15", "senast den 15 maj", True),
                     D("report_deadline", "2020-06-30", "senast den 30 juni 2020")],
              decision=None, proposal=None, prior_participation=[],
              notes="Anmälan with a forwarded e-mail; the e-mail's sent date is role other."),
))

# ---------------------------------------------------------------- 09
DOCS.append(dict(
    name="b4-09-idrottsnamnden-2019-kvalitetsgarantier", fmt="html", font="Liberation Sans", size=10.5, margin="1.8cm 2cm 1.8cm 2.4cm",
    title="Reviderade kvalitetsgarantier för bad- och idrottsanläggningar",
    header=["Idrottsförvaltningen", "Avdelningen för anläggningar", "Tjänsteutlåtande", "Dnr 2.1.1-455/2019", "2019-09-03"],
    body=[
        ("small", "Handläggare: Malin Öberg, telefon 08-508 27 310"),
        ("small", "Till Idrottsnämnden 2019-09-19"),
        ("title", "Reviderade kvalitetsgarantier för stadens bad- och idrottsanläggningar"),
        ("h", "Förvaltningens förslag till beslut"),
        ("p", "Idrottsnämnden godkänner reviderade kvalitetsgarantier enligt bilaga 1 till tjänsteutlåtandet."),
        ("h", "Sammanfattning"),
        ("p", "Kvalitetsgarantierna beskriver vad besökarna kan förvänta sig av stadens simhallar, idrottshallar och bollplaner. Förvaltningen har sett över garantierna och föreslår att de förtydligas när det gäller städning, öppettider och tillgänglighet. De reviderade garantierna gäller från den 1 januari 2020."),
        ("h", "Ärendet"),
        ("p", "Garantierna har tagits fram i dialog med anläggningarnas personal och med representanter för föreningslivet. Synpunkter från besökarna har samlats in genom enkäter vid tre simhallar och fem idrottshallar under våren."),
        ("p", "Arbetet med garantierna är en del av förvaltningens systematiska kvalitetsarbete, som även omfattar brukarundersökningar, egenkontroller och uppmuntran till enheterna att delta i stadens kvalitetsutmärkelse."),
        ("h", "Förvaltningens synpunkter"),
        ("p", "Förvaltningen bedömer att de reviderade garantierna är tydligare för besökarna och lättare att följa upp."),
        ("p", "Maria Lundqvist"),
        ("p", "Förvaltningsdirektör"),
    ],
    gold=dict(doc_kind="official_report", board="Idrottsnämnden", administration="Idrottsförvaltningen",
              diary_numbers=["2.1.1-455/2019"], paragraph=None, award_year=None, meeting_date="2019-09-19", document_date="2019-09-03",
              units=[],
              dates=[D("document", "2019-09-03", "2019-09-03"), D("meeting", "2019-09-19", "Till Idrottsnämnden 2019-09-19"),
                     D("other", "2020-01-01", "från den 1 januari 2020")],
              decision=None, proposal="Idrottsnämnden godkänner reviderade kvalitetsgarantier enligt bilaga 1 till tjänsteutlåtandet.",
              prior_participation=[],
              notes="Negative: kvalitetsgarantier; the award is only mentioned in passing. Count phrases are not units."),
))

# ---------------------------------------------------------------- 10
DOCS.append(dict(
    name="b4-10-skarholmen-2025-annan-utmarkelse", fmt="fodt", font="Carlito", size=12, margin_cm=(2.4, 2.2, 2.6, 2.4),
    title="Förskolan Bäckahästen har tilldelats utmärkelsen Årets naturförskola",
    header=["Skärholmens stadsdelsförvaltning\tAnmälningsärende", "Avdelningen för förskola\tDnr SKÄ 2025/0233"],
    footer=["Skärholmens stadsdelsförvaltning, Storholmsgatan 4, 127 48 Skärholmen"],
    body=[
        ("small", "2025-09-02"),
        ("small", "Till Skärholmens stadsdelsnämnd 2025-09-18"),
        ("title", "Förskolan Bäckahästen har tilldelats utmärkelsen Årets naturförskola"),
        ("h", "Ärendet"),
        ("p", "Förskolan Bäckahästen i Bredäng har av Stiftelsen Grön Barndom tilldelats utmärkelsen Årets naturförskola 2025. Stiftelsen delar varje år ut priset till en förskola som på ett nyskapande sätt använder naturen i sin pedagogiska verksamhet."),
        ("p", "Juryn lyfte särskilt fram förskolans arbete med odling, återbruk och dagliga utevistelser i Sätraskogen. Priset består av ett diplom och 25 000 kronor som ska användas till utemiljön."),
        ("p", "Utmärkelsen är fristående från Stockholms stads kvalitetsutmärkelse och anmäls till nämnden för kännedom."),
        ("h", "Förvaltningens förslag till beslut"),
        ("p", "Anmälan noteras och läggs till handlingarna."),
        ("p", "Handläggare: Nadia Haddad, telefon 08-508 24 056"),
    ],
    gold=dict(doc_kind="notification", board="Skärholmens stadsdelsnämnd", administration="Skärholmens stadsdelsförvaltning",
              diary_numbers=["SKÄ 2025/0233"], paragraph=None, award_year=None, meeting_date="2025-09-18", document_date="2025-09-02",
              units=[],
              dates=[D("document", "2025-09-02", "2025-09-02"), D("meeting", "2025-09-18", "Till Skärholmens stadsdelsnämnd 2025-09-18")],
              decision=None, proposal="Anmälan noteras och läggs till handlingarna.", prior_participation=[],
              notes="Negative: an award given by another organisation; not Kvalitetsutmärkelsen."),
))

# ---------------------------------------------------------------- 11
DOCS.append(dict(
    name="b4-11-kungsholmen-2013-anmalan", fmt="html", font="Liberation Serif", size=12, margin="2.5cm 2.5cm 2.5cm 2.5cm",
    title="Anmälan Kvalitetsutmärkelsen 2013",
    header=["Kungsholmens stadsdelsförvaltning", "Anmälningsärende", "Dnr 402-233/2013", "2013-04-04"],
    body=[
        ("small", "Till Kungsholmens stadsdelsnämnd 2013-04-25"),
        ("title", "Deltagande i Kvalitetsutmärkelsen 2013"),
        ("p", "Förskolan Lindhagen deltar i Stockholms stads kvalitetsutmärkelse 2013."),
        ("p", "Handläggare: Lena Borg"),
    ],
    gold=dict(doc_kind="notification", board="Kungsholmens stadsdelsnämnd", administration="Kungsholmens stadsdelsförvaltning",
              diary_numbers=["402-233/2013"], paragraph=None, award_year=2013, meeting_date="2013-04-25", document_date="2013-04-04",
              units=[U("Förskolan Lindhagen")],
              dates=[D("document", "2013-04-04", "2013-04-04"), D("meeting", "2013-04-25", "Till Kungsholmens stadsdelsnämnd 2013-04-25")],
              decision=None, proposal=None, prior_participation=[],
              notes="The plainest one-sentence anmälan."),
))

# ---------------------------------------------------------------- 12
DOCS.append(dict(
    name="b4-12-rinkeby-kista-2021-tu", fmt="fodt", font="Liberation Sans", size=11, margin_cm=(2.0, 2.0, 2.2, 2.2),
    title="Anmälan av deltagande i Kvalitetsutmärkelsen 2021",
    header=["Rinkeby-Kista stadsdelsförvaltning\tTjänsteutlåtande", "Kvalitets- och utvecklingsenheten\tDnr RK 2021/0310", "2021-04-20\tSida {PAGE} ({PAGES})"],
    body=[
        ("small", "Handläggare: Ahmed Yusuf, telefon 08-508 01 277"),
        ("small", "Till Rinkeby-Kista stadsdelsnämnd 2021-05-20"),
        ("title", "Anmälan av deltagande i Kvalitetsutmärkelsen 2021"),
        ("h", "Förvaltningens förslag till beslut"),
        ("p", "Stadsdelsnämnden noterar anmälan om deltagande i Kvalitetsutmärkelsen 2021."),
        ("h", "Sammanfattning"),
        ("p", "Fyra verksamheter som finansieras av nämnden deltar i årets kvalitetsutmärkelse, två i egen regi och två som drivs av privata utförare. Enligt anvisningarna anmäler en privat utförare sitt deltagande till den nämnd som den har avtal med."),
        ("table", ["Verksamhet", "Utförare", "Tävlingsklass"], [
            ["Förskolan Regnbågen i Husby", "Egen regi", F],
            ["Hemtjänsten Kista centrum", "Egen regi", A],
            ["Vård- och omsorgsboendet Akallahöjden", "Silverbjörken Omsorg AB", A],
            ["Parkleken Rinkebyskogen", "Föreningen Lek och Rörelse", AV],
        ], [42, 32, 26]),
        ("p", "Tävlingsbidragen ska lämnas in senast den 21 maj 2021. Protokollsutdrag ska skickas till stadsledningskontoret senast den 30 juni 2021."),
        ("h", "Bakgrund"),
    ] + BG1 + [
        ("p", "Stadsdelsdirektör Lars Dahlin"),
    ],
    gold=dict(doc_kind="official_report", board="Rinkeby-Kista stadsdelsnämnd", administration="Rinkeby-Kista stadsdelsförvaltning",
              diary_numbers=["RK 2021/0310"], paragraph=None, award_year=2021, meeting_date="2021-05-20", document_date="2021-04-20",
              units=[U("Förskolan Regnbågen i Husby", cls=F), U("Hemtjänsten Kista centrum", cls=A),
                     U("Vård- och omsorgsboendet Akallahöjden", cls=A, op="Silverbjörken Omsorg AB"),
                     U("Parkleken Rinkebyskogen", cls=AV, op="Föreningen Lek och Rörelse")],
              dates=[D("document", "2021-04-20", "2021-04-20"), D("meeting", "2021-05-20", "Till Rinkeby-Kista stadsdelsnämnd 2021-05-20"),
                     D("submission_deadline", "2021-05-21", "senast den 21 maj 2021"), D("report_deadline", "2021-06-30", "senast den 30 juni 2021")],
              decision=None, proposal="Stadsdelsnämnden noterar anmälan om deltagande i Kvalitetsutmärkelsen 2021.", prior_participation=[],
              notes="Activity/operator/class table; 'Egen regi' is no operator. 'Fyra verksamheter' is a count phrase."),
))

# ---------------------------------------------------------------- 13
DOCS.append(dict(
    name="b4-13-utbildningsnamnden-2014-tu", fmt="fodt", font="Liberation Serif", size=11, margin_cm=(2.2, 2.2, 2.5, 2.5), line_height="150%",
    title="Anmälan om deltagande i 2014 års kvalitetsutmärkelse",
    header=["Utbildningsförvaltningen\tTjänsteutlåtande", "Avdelningen för verksamhetsstöd\tDnr 14-300/2178", "\tSida {PAGE} ({PAGES})"],
    footer=["Utbildningsförvaltningen, Hantverkargatan 2 F, 104 22 Stockholm"],
    body=[
        ("small", "2014-04-22"),
        ("small", "Handläggare: Tove Lindahl, telefon 08-508 33 914"),
        ("small", "Till Utbildningsnämnden 2014-05-15"),
        ("title", "Anmälan om deltagande i 2014 års kvalitetsutmärkelse"),
        ("h", "Förvaltningens förslag till beslut"),
        ("p", "Utbildningsnämnden noterar anmälan om deltagande i 2014 års kvalitetsutmärkelse."),
        ("h", "Sammanfattning"),
        ("p", "Fem av nämndens verksamheter har anmält att de deltar i Stockholms stads kvalitetsutmärkelse 2014. Tävlingsbidragen ska lämnas senast den 16 maj 2014, och nämndens protokollsutdrag ska ha kommit in till stadsledningskontoret senast den 27 juni 2014."),
        ("h", "Deltagande verksamheter"),
        ("table", ["Verksamhet", "Kontaktperson"], [
            ("section", "Skola"),
            ["Vinterviksskolan", "Rektor Anders Holm"],
            ["Sjöviksgymnasiet", "Rektor Lina Carlsson"],
            ["Bergsunds grundsärskola", "Rektor Peter Wiik"],
            ("section", "Andra verksamheter"),
            ["Skoldatateket Söder", "Enhetschef Hanna Ström"],
            ["Elevhälsans centrala enhet", "Enhetschef Omar Nasser"],
        ], [55, 45]),
        ("p", "Sjöviksgymnasiet deltog även 2012. Övriga verksamheter deltar för första gången."),
        ("h", "Bakgrund"),
    ] + BG2 + [
        ("p", "Lennart Björk"),
        ("p", "Utbildningsdirektör"),
    ],
    gold=dict(doc_kind="official_report", board="Utbildningsnämnden", administration="Utbildningsförvaltningen",
              diary_numbers=["14-300/2178"], paragraph=None, award_year=2014, meeting_date="2014-05-15", document_date="2014-04-22",
              units=[U("Vinterviksskolan", cls=S), U("Sjöviksgymnasiet", cls=S), U("Bergsunds grundsärskola", cls=S),
                     U("Skoldatateket Söder", cls=AV), U("Elevhälsans centrala enhet", cls=AV)],
              dates=[D("document", "2014-04-22", "2014-04-22"), D("meeting", "2014-05-15", "Till Utbildningsnämnden 2014-05-15"),
                     D("submission_deadline", "2014-05-16", "senast den 16 maj 2014"), D("report_deadline", "2014-06-27", "senast den 27 juni 2014")],
              decision=None, proposal="Utbildningsnämnden noterar anmälan om deltagande i 2014 års kvalitetsutmärkelse.",
              prior_participation=[{"unit": "Sjöviksgymnasiet", "years": [2012]}],
              notes="1.5-spaced; unit/contact-person table with class written as section rows inside the table."),
))

# ---------------------------------------------------------------- 14
DOCS.append(dict(
    name="b4-14-hagersten-alvsjo-2024-p37", fmt="fodt", font="Liberation Serif", size=11, margin_cm=(2.0, 2.0, 2.4, 2.4),
    title="Protokollsutdrag Hägersten-Älvsjö 2024 § 37",
    header=["Hägersten-Älvsjö stadsdelsnämnd\tProtokollsutdrag", "Sammanträdesdatum 2024-04-18\tSida {PAGE} ({PAGES})"],
    footer=["Justerat 2024-04-24. Rätt utdraget intygar: Linnea Östberg, nämndsekreterare"],
    body=[
        ("p", "§ 37"),
        ("title", "Deltagande i Kvalitetsutmärkelsen 2024"),
        ("p", "HÄ 2024/0412"),
        ("h", "Beslut"),
        ("p", "Stadsdelsnämnden noterar anmälan och lägger ärendet till handlingarna."),
        ("h", "Sammanfattning av ärendet"),
        ("p", "Hägersten-Älvsjö stadsdelsförvaltning har i ett tjänsteutlåtande redovisat vilka enheter som deltar i Kvalitetsutmärkelsen 2024. Anmälan till utmärkelsen skulle göras senast den 22 mars 2024 och tävlingsbidragen ska lämnas in senast den 17 maj 2024. Nämndens protokollsutdrag ska skickas till stadsledningskontoret senast den 28 juni 2024."),
        ("p", "Inom förvaltningens verksamhetsområden har intresset för kvalitetsarbete varit stort de senaste åren. Förskolan Solrosen fick Kvalitetsutmärkelsen 2022 och Hemtjänsten Västertorp fick ett hedersomnämnande 2023. Flera enheter har sedan dess tagit del av deras erfarenheter genom nätverksträffar och studiebesök."),
        ("p", "Att delta kräver en betydande arbetsinsats av chefer och medarbetare. Bidraget ska beskriva hur enheten arbetar med ledarskap, medarbetarnas delaktighet, resultat och förbättringar, och det ska vara förankrat i hela arbetsgruppen. Förvaltningens kvalitetsutvecklare stöttar enheterna under skrivprocessen."),
        ("p", "Fem av förvaltningens enheter anmäls till årets utmärkelse:"),
        ("ulpb", ["Förskolan Gläntan, avdelningen för förskola",
                  "Förskolan Mälarblick, avdelningen för förskola",
                  "Hemtjänsten Fruängen (avdelningen för äldreomsorg)",
                  "Socialpsykiatriska boendet Solberga (avdelningen för socialtjänst)",
                  "Parkleken Klubbacken (avdelningen för kultur och fritid)"], 3),
        ("h", "Bakgrund"),
        ("sect2", BG1 + BG3),
        ("h", "Beslutsgång"),
        ("p", "Ordföranden Ulla Berglind (S) finner att nämnden beslutar enligt förvaltningens förslag."),
    ],
    gold=dict(doc_kind="protocol_extract", board="Hägersten-Älvsjö stadsdelsnämnd", administration="Hägersten-Älvsjö stadsdelsförvaltning",
              diary_numbers=["HÄ 2024/0412"], paragraph="§ 37", award_year=2024, meeting_date="2024-04-18", document_date=None,
              units=[U("Förskolan Gläntan", "avdelningen för förskola"), U("Förskolan Mälarblick", "avdelningen för förskola"),
                     U("Hemtjänsten Fruängen", "avdelningen för äldreomsorg"), U("Socialpsykiatriska boendet Solberga", "avdelningen för socialtjänst"),
                     U("Parkleken Klubbacken", "avdelningen för kultur och fritid")],
              dates=[D("meeting", "2024-04-18", "Sammanträdesdatum 2024-04-18"), D("registration_deadline", "2024-03-22", "senast den 22 mars 2024"),
                     D("submission_deadline", "2024-05-17", "senast den 17 maj 2024"), D("report_deadline", "2024-06-28", "senast den 28 juni 2024")],
              decision="Stadsdelsnämnden noterar anmälan och lägger ärendet till handlingarna.",
              proposal=None, prior_participation=[],
              notes="Protocol extract; bulleted list broken by a page break; background in a two-column section; earlier winner and honourable mention are not units; 'Fem av förvaltningens enheter' is a count phrase."),
))

# ---------------------------------------------------------------- 15
DOCS.append(dict(
    name="b4-15-socialnamnden-2011-tu", fmt="html", font="Liberation Serif", size=12, margin="2.5cm 2.2cm 2.5cm 2.8cm",
    title="Deltagande i Stockholms stads kvalitetsutmärkelse 2011",
    header=["Socialförvaltningen", "Avdelningen för stadsövergripande sociala frågor", "Tjänsteutlåtande", "Dnr 3.1.2-211/2011", "2011-05-10"],
    body=[
        ("small", "Handläggare: Ulrika Stenberg, telefon 08-508 25 640"),
        ("small", "Till Socialnämnden 2011-05-26"),
        ("title", "Deltagande i Stockholms stads kvalitetsutmärkelse 2011"),
        ("h", "Förslag till beslut"),
        ("p", "Socialnämnden godkänner anmälan om deltagande i Kvalitetsutmärkelsen 2011."),
        ("h", "Sammanfattning"),
        ("p", "Tre av förvaltningens verksamheter deltar i årets kvalitetsutmärkelse. Mottagningsenheten för vuxna inom avdelningen för stadsövergripande sociala frågor och Familjehemsenheten inom avdelningen för stöd och service deltar för första gången, medan Stödboendet Tallhöjden, som drivs av Nordanvind Omsorg AB, deltar för andra året i rad. Enheterna deltar i tävlingsklassen Socialtjänst samt stöd och service till personer med funktionsnedsättning."),
        ("p", "Stödboendet Tallhöjdens tidigare deltagande 2010 gav värdefulla erfarenheter som boendet nu bygger vidare på."),
        ("h", "Tidplan"),
        ("p", "De skriftliga tävlingsbidragen ska lämnas in senast den 16 maj 2011. Nämndens beslut ska vara stadsledningskontoret tillhanda senast den 30 juni 2011. Utmärkelserna delas ut i Stadshuset i november."),
        ("h", "Bakgrund"),
    ] + BG1 + BG3 + [
        ("h", "Förvaltningens synpunkter"),
        ("p", "Förvaltningen välkomnar att verksamheter både i egen regi och på entreprenad deltar i utmärkelsen."),
        ("p", "Ann Wendt"),
        ("p", "Socialdirektör"),
    ],
    gold=dict(doc_kind="official_report", board="Socialnämnden", administration="Socialförvaltningen",
              diary_numbers=["3.1.2-211/2011"], paragraph=None, award_year=2011, meeting_date="2011-05-26", document_date="2011-05-10",
              units=[U("Mottagningsenheten för vuxna", "avdelningen för stadsövergripande sociala frågor", SOC),
                     U("Familjehemsenheten", "avdelningen för stöd och service", SOC),
                     U("Stödboendet Tallhöjden", cls=SOC, op="Nordanvind Omsorg AB")],
              dates=[D("document", "2011-05-10", "2011-05-10"), D("meeting", "2011-05-26", "Till Socialnämnden 2011-05-26"),
                     D("submission_deadline", "2011-05-16", "senast den 16 maj 2011"), D("report_deadline", "2011-06-30", "senast den 30 juni 2011")],
              decision=None, proposal="Socialnämnden godkänner anmälan om deltagande i Kvalitetsutmärkelsen 2011.",
              prior_participation=[{"unit": "Stödboendet Tallhöjden", "years": [2010]}],
              notes="Running sentence with 'X inom Y' appositions and 'som drivs av Y AB'; a collective class statement."),
))

# ---------------------------------------------------------------- 16
DOCS.append(dict(
    name="b4-16-kulturnamnden-2016-tu", fmt="fodt", font="Carlito", size=11, margin_cm=(2.3, 2.0, 2.5, 2.0),
    title="Deltagande i Kvalitesutmärkelsen 2016",
    header=["Kulturförvaltningen\tTjänsteutlåtande", "Avdelningen Stadsbiblioteket\tDnr KUN 2016/0428", "2016-05-03\tSida {PAGE} ({PAGES})"],
    footer=["Kulturförvaltningen, Box 8108, 163 08 Spånga"],
    body=[
        ("small", "Handläggare: Johan Wennberg, telefon 08-508 31 522"),
        ("small", "Till Kulturnämnden 2016-05-24"),
        ("title", "Deltagande i Kvalitesutmärkelsen 2016"),
        ("h", "Förvaltningens förslag till beslut"),
        ("p", "Kulturnämnden noterar att två av förvaltningens enheter deltar i stadens kvalitetsutmärkelse 2016."),
        ("h", "Ärendet"),
        ("p", "Från kulturförvaltningen deltar i år Bibliotek Sjöviken inom avdelningen Stadsbiblioteket och Kulturskolans ensembleverksamhet inom avdelningen Kulturskolan. Samtliga deltar i klassen Andra verksamheter."),
        ("p", "Tävlingsbidragen ska ha kommit in senast den 20 maj 2016. Enligt anvisningarna ska nämndens protokollsutdrag skickas till stadsledningskontoret senast den 30 juni 2016."),
        ("h", "Bakgrund"),
    ] + BG2 + [
        ("h", "Förvaltningens synpunkter"),
        ("p", "Förvaltningen bedömer att deltagandet stärker kvalitetsarbetet inom både biblioteken och kulturskolan och ger goda möjligheter till lärande mellan enheterna."),
        ("p", "Gerda Ljunggren"),
        ("p", "Kulturdirektör"),
    ],
    gold=dict(doc_kind="official_report", board="Kulturnämnden", administration="Kulturförvaltningen",
              diary_numbers=["KUN 2016/0428"], paragraph=None, award_year=2016, meeting_date="2016-05-24", document_date="2016-05-03",
              units=[U("Bibliotek Sjöviken", "avdelningen Stadsbiblioteket", AV), U("Kulturskolans ensembleverksamhet", "avdelningen Kulturskolan", AV)],
              dates=[D("document", "2016-05-03", "2016-05-03"), D("meeting", "2016-05-24", "Till Kulturnämnden 2016-05-24"),
                     D("submission_deadline", "2016-05-20", "senast den 20 maj 2016"), D("report_deadline", "2016-06-30", "senast den 30 juni 2016")],
              decision=None, proposal="Kulturnämnden noterar att två av förvaltningens enheter deltar i stadens kvalitetsutmärkelse 2016.",
              prior_participation=[],
              notes="Facknämnd whose diary prefix (KUN) looks like a district's; award name misspelt by one letter in the title; collective class statement."),
))
