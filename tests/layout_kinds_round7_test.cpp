// Layouts and wordings that carried units past the extractor in the seventh round
// (corpus/tune8): a header cell with a qualifier, a table's last rows on the next page with
// no header, a sub-item numbered twice, items set apart by semicolons, a head word in lower
// case after the verb of taking part. Each test fails without its rule.
#include <gtest/gtest.h>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::ExtractPdf;
using testing::PriorYears;
using testing::RoleOn;

TEST(UnitsInTables, AHeaderCellWithAQualifierBeforeItsHeaderWord) {
  // "Verksamhet | Ansvarig avdelning | Utförare": "Ansvarig" is no header word, but it stands
  // before one in its cell; the column is the department's.
  const Record r = ExtractPdf("corpus/tune8/t8b-d14.pdf");
  EXPECT_EQ(r.units.size(), 6u);
  const UnitMention* u = FindUnit(r, "Gruppbostaden Flatenvägen");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->via, "table");
  EXPECT_EQ(u->department.value_or(""), "Avdelningen för stöd och service");
  const UnitMention* run = FindUnit(r, "Dagverksamheten Minnesgården");
  ASSERT_NE(run, nullptr);
  EXPECT_EQ(run->operator_name.value_or(""), "Vigör Omsorg AB");
  EXPECT_EQ(run->competition_class.value_or(""), "Äldreomsorg");
}

TEST(UnitsInTables, ATablesLastRowOnTheNextPageWithNoHeaderRepeated) {
  // Page 2 begins, below the page header, with a row whose cells begin where the table's did
  // on page 1: it is the table's row, not text.
  const Record r = ExtractPdf("corpus/tune8/t8b-d01.pdf");
  const UnitMention* u = FindUnit(r, "Familjecentrum Älvsjö");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->via, "table");
  EXPECT_EQ(u->department.value_or(""), "Avdelningen för individ- och familjeomsorg");
  EXPECT_EQ(u->source.page, 2);
  // A repeated header still begins the table's part on the next page (devset 01, tune7 d18).
  const Record repeated = ExtractPdf("corpus/tune7/t7b-d18.pdf");
  EXPECT_EQ(FindUnit(repeated, "Verksamhet"), nullptr);
  EXPECT_NE(FindUnit(repeated, "Träffpunkt Bredängsgården"), nullptr);
}

TEST(Matters, ASubItemNumberedByTheListAndByHandWithItsUnitsAfterSemicolons) {
  // "2. b) Deltagande i Kvalitetsutmärkelsen 2022, Dnr ST 2022/0327" is an item of its own,
  // so the next sub-item's Dnr stays out; "Anmäls: A, avd. äldreomsorg; B, avd. IFO; C, avd.
  // förskola": "avd." ends no sentence, and the semicolons set the items apart.
  const Record r = ExtractPdf("corpus/tune8/t8b-d04.pdf");
  EXPECT_EQ(r.diary_numbers, std::vector<std::string>{"ST 2022/0327"});
  ASSERT_EQ(r.units.size(), 3u);
  const UnitMention* u = FindUnit(r, "Spånga familjecentrum");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->department.value_or(""), "avd. IFO");
  const UnitMention* first = FindUnit(r, "Träffpunkt Tenstagården");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->department.value_or(""), "avd. äldreomsorg");
}

TEST(UnitNames, AHeadWordInLowerCaseAfterTheVerbOfTakingPart) {
  // "Omsorgshuset Klara AB, som deltar med gruppbostaden Tallkronan i Hässelby", "Därutöver
  // deltar daglig verksamhet Verkstan Sjöhagen, som drivs …"
  const Record r = ExtractPdf("corpus/tune8/t8b-d02.pdf");
  EXPECT_NE(FindUnit(r, "Gruppbostaden Tallkronan"), nullptr);
  EXPECT_NE(FindUnit(r, "Daglig verksamhet Verkstan Sjöhagen"), nullptr);
  // Not a name the board's report only remembers ("korttidsboendet Lugnet, som fick …").
  EXPECT_EQ(FindUnit(r, "Korttidsboendet Lugnet"), nullptr);
}

TEST(UnitsInTables, AColumnOfRowNumbersAndASectionRowCutByIt) {
  // "Nr | Enhet | Avdelning | Kontakt" is a header; "Klass: Skola" across the table falls into
  // the narrow "Nr" column and the next, and is still the section row.
  const Record r = ExtractPdf("corpus/tune8/t8a-d02.pdf");
  EXPECT_EQ(r.units.size(), 11u);
  const UnitMention* first = FindUnit(r, "Ekhagsskolan");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->competition_class.value_or(""), "Skola");
  const UnitMention* last = FindUnit(r, "Skolskjutsenheten");
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->competition_class.value_or(""), "Andra verksamheter");
  // "Sammanlagt elva av förvaltningens enheter" counts units, "Anmälan av förvaltningens
  // deltagande" is the matter's title: neither is a unit.
  EXPECT_EQ(FindUnit(r, "Sammanlagt elva av förvaltningens enheter"), nullptr);
  EXPECT_EQ(FindUnit(r, "Anmälan av förvaltningen"), nullptr);
  // "Enheterna anmälde sitt deltagande senast den 24 mars"
  EXPECT_EQ(RoleOn(r, "2023-03-24"), "registration_deadline");
}

TEST(UnitNames, BothUnitsStandingUpAndAPriorUnitByItsProperName) {
  // "både förskolan Regnbågen i Årsta och vår förskola Tallkotten … ställer upp i …";
  // "Regnbågen var med redan 2014".
  const Record r = ExtractPdf("corpus/tune8/t8a-d08.pdf");
  ASSERT_NE(FindUnit(r, "Förskolan Regnbågen"), nullptr);
  EXPECT_EQ(PriorYears(r, "Förskolan Regnbågen"), std::vector<int>{2014});
  EXPECT_TRUE(PriorYears(r, "Regnbågen").empty());
}

TEST(UnitsInLists, AnItemGoingOnOverThePageBreakPastTheProtocolsFoot) {
  // "• Beställarenheten …; avd." ⏎ "Justerat 2013-05-30 Utdragsbestyrkande" ⏎ (page 2)
  // "äldreomsorg; klass: Äldreomsorg": the line in lower case atop page 2 is no page header,
  // and the foot between is skipped. The intro "… fler än något tidigare år. Deltagarna är, med
  // avdelning och tävlingsklass:" introduces participants ("tidigare år" is in the sentence
  // before); "…; klass:" ⏎ "Äldreomsorg" is one item.
  const Record r = ExtractPdf("corpus/tune8/t8a-d14.pdf");
  EXPECT_EQ(r.units.size(), 7u);
  const UnitMention* carried = FindUnit(r, "Beställarenheten för äldreomsorg");
  ASSERT_NE(carried, nullptr);
  EXPECT_EQ(carried->department.value_or(""), "avd. äldreomsorg");
  EXPECT_EQ(carried->competition_class.value_or(""), "Äldreomsorg");
  const UnitMention* wrapped = FindUnit(r, "Vård- och omsorgsboendet Solbacken");
  ASSERT_NE(wrapped, nullptr);
  EXPECT_EQ(wrapped->competition_class.value_or(""), "Äldreomsorg");
  EXPECT_NE(FindUnit(r, "Förskolan Nyckelpigan"), nullptr);
}

TEST(UnitsInLists, AnItemGoesOnWhileItsBracketIsOpen) {
  // "1. Äldre direkt, telefonrådgivningen för äldre och anhöriga (avd. Kontaktcenter" ⏎
  // "Stockholm)": the capital on the next line does not end the item, or the list.
  const Record r = ExtractPdf("corpus/tune8/t8a-d15.pdf");
  EXPECT_EQ(r.units.size(), 3u);
  const UnitMention* u = FindUnit(r, "Äldre direkt");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->department.value_or(""), "avd. Kontaktcenter Stockholm");
  EXPECT_NE(FindUnit(r, "Lönesupporten"), nullptr);
  EXPECT_NE(FindUnit(r, "Registratur- och arkivteamet"), nullptr);
}

TEST(UnitAppositions, ADepartmentAfterAColonRunsToTheItemsEnd) {
  // "• Vinterviksskolan: grundskoleavdelningen, område söder"
  const Record r = ExtractPdf("corpus/tune8/t8b-d11.pdf");
  const UnitMention* u = FindUnit(r, "Vinterviksskolan");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->department.value_or(""), "grundskoleavdelningen, område söder");
  EXPECT_EQ(PriorYears(r, "Solbergaskolan"), (std::vector<int>{2016, 2017}));
}

TEST(UnitNames, AUnitTakingPartAlongsideAndANameAfterItsKindWord) {
  // "Hemtjänsten Västberga, som hör till avdelningen för äldreomsorg, har lämnat sin anmälan
  // tillsammans med Gruppbostaden Sparvhöken inom avdelningen för funktionsnedsättning."
  const Record r = ExtractPdf("corpus/tune8/t8a-d01.pdf");
  const UnitMention* first = FindUnit(r, "Hemtjänsten Västberga");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->department.value_or(""), "avdelningen för äldreomsorg");
  const UnitMention* alongside = FindUnit(r, "Gruppbostaden Sparvhöken");
  ASSERT_NE(alongside, nullptr);
  EXPECT_EQ(alongside->department.value_or(""), "avdelningen för funktionsnedsättning");
  // "Dessutom deltar den arbetsintegrerande verksamheten Verkstad Norra Station, som drivs av …"
  const Record kind_first = ExtractPdf("corpus/tune8/t8b-d09.pdf");
  EXPECT_NE(FindUnit(kind_first, "Verkstad Norra Station"), nullptr);
}

TEST(UnitsInLists, AnItemRightUnderALaterPagesHeaderAndADepartmentWithAnAdjective) {
  // Page 2: "FARSTA STADSDELSFÖRVALTNING TJÄNSTEUTLÅTANDE" ⏎ "Stabsenheten Sid 2 (2)" ⏎ "5.
  // Fritidsgården Gnistan, …" with no gap: the header goes, the item stays in the list.
  // "6. Ekonomienheten – administrativa avdelningen".
  const Record r = ExtractPdf("corpus/tune8/t8a-d04.pdf");
  const UnitMention* u = FindUnit(r, "Fritidsgården Gnistan");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->competition_class.value_or(""), "Andra verksamheter");
  const UnitMention* last = FindUnit(r, "Ekonomienheten");
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->department.value_or(""), "administrativa avdelningen");
}

TEST(UnitAppositions, ADepartmentByNameInBracketsADescriptionAfterAColonAndAClassAfterADash) {
  // "• Kulturskolan Söderort (Kulturskolan Stockholm) – klass Skola", "• Mobila biblioteket:
  // bokbussarna och den uppsökande verksamheten, klass Andra verksamheter", "• Museet Gamla
  // Tullhuset, stadsmuseiavdelningen – klass Andra verksamheter"
  const Record r = ExtractPdf("corpus/tune8/t8a-d10.pdf");
  const UnitMention* school = FindUnit(r, "Kulturskolan Söderort");
  ASSERT_NE(school, nullptr);
  EXPECT_EQ(school->department.value_or(""), "Kulturskolan Stockholm");
  EXPECT_EQ(school->competition_class.value_or(""), "Skola");
  const UnitMention* described = FindUnit(r, "Mobila biblioteket");
  ASSERT_NE(described, nullptr);
  EXPECT_EQ(described->competition_class.value_or(""), "Andra verksamheter");
  const UnitMention* museum = FindUnit(r, "Museet Gamla Tullhuset");
  ASSERT_NE(museum, nullptr);
  EXPECT_EQ(museum->department.value_or(""), "stadsmuseiavdelningen");
  EXPECT_EQ(museum->competition_class.value_or(""), "Andra verksamheter");
  // An abbreviation in brackets is the name's: "Relationsvåldscentrum Söder (RVCS)".
  EXPECT_NE(
      FindUnit(ExtractPdf("corpus/reg-enskede-2023-p31.pdf"), "Relationsvåldscentrum Söder (RVCS)"),
      nullptr);
}

TEST(UnitNames, APlacesNameInTheGenitiveBeforeItsKindAndTheAwardsAbbreviation) {
  // "Hemtjänsten Akalla, Husby gårds vård- och omsorgsboende och Familjecentrum Rinkeby deltar
  // …"; the title "Deltagande i Stockholms stads kvalitetsutmärkelse (KU) 2017".
  const Record r = ExtractPdf("corpus/tune8/t8a-d13.pdf");
  EXPECT_NE(FindUnit(r, "Husby gårds vård- och omsorgsboende"), nullptr);
  EXPECT_EQ(r.award_year.value_or(0), 2017);
}

TEST(UnitsInTables, AClassWrittenWithoutItsFirstWords) {
  // The class column says "Stöd och service till personer med funktionsnedsättning": that class,
  // not the one of the row above.
  const Record r = ExtractPdf("corpus/tune8/t8a-d05.pdf");
  const UnitMention* u = FindUnit(r, "Korttidsboendet Mosaiken");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->competition_class.value_or(""),
            "Socialtjänst samt stöd och service till personer med funktionsnedsättning");
}

TEST(UnitStatements, ADepartmentSaidOfAUnitOrItsKindAsThePredicate) {
  // "Familjecentrum Rinkeby tillhör avdelningen för individ- och familjeomsorg och tävlar i …",
  // "…; gården ingår i avdelningen för kultur och fritid" (the kind of one unit only: "Husby
  // gårds vård- och omsorgsboende" is no "gården").
  const Record r = ExtractPdf("corpus/tune8/t8a-d13.pdf");
  const UnitMention* centre = FindUnit(r, "Familjecentrum Rinkeby");
  ASSERT_NE(centre, nullptr);
  EXPECT_EQ(centre->department.value_or(""), "avdelningen för individ- och familjeomsorg");
  const UnitMention* yard = FindUnit(r, "Fritidsgården Blåbäret");
  ASSERT_NE(yard, nullptr);
  EXPECT_EQ(yard->department.value_or(""), "avdelningen för kultur och fritid");
  const UnitMention* home = FindUnit(r, "Husby gårds vård- och omsorgsboende");
  ASSERT_NE(home, nullptr);
  EXPECT_FALSE(home->department.has_value()) << home->department.value_or("");
  // "Jobbtorgen tillhör avdelningen för jobbtorg och vuxenutbildning och kommer att tävla i
  // klassen Andra verksamheter": both units of the kind.
  const Record both = ExtractPdf("corpus/tune8/t8b-d09.pdf");
  for (const char* name : {"Jobbtorg Skärholmen", "Jobbtorg Kista"}) {
    const UnitMention* u = FindUnit(both, name);
    ASSERT_NE(u, nullptr) << name;
    EXPECT_EQ(u->department.value_or(""), "avdelningen för jobbtorg och vuxenutbildning");
    EXPECT_EQ(u->competition_class.value_or(""), "Andra verksamheter");
  }
}

TEST(Matters, TheAwardNamedInPassingUnderAHeadingAboutAnotherMatterOfQuality) {
  // "Kvalitetsgarantier …" and "Kvalitetsredovisning 2018 …" name the award twice in their text
  // (a winner, an encouragement to take part): not documents about it.
  for (const char* path : {"corpus/tune8/t8b-d07.pdf", "corpus/tune8/t8b-d08.pdf"}) {
    const Record r = ExtractPdf(path);
    EXPECT_FALSE(r.award_year.has_value()) << path << ": " << r.award_year.value_or(0);
    EXPECT_TRUE(r.units.empty()) << path;
  }
}

TEST(UnitNames, ADepartmentsOwnerInTheGenitiveAndAUnitsOwnedPart) {
  // "Medborgarplatsens bibliotek och Hässelby gårds bibliotek, som båda hör till
  // Stadsbibliotekets avdelning för bibliotek i söder och väster, samt Kulturskolans
  // dansverksamhet i Skärholmen, som organisatoriskt ligger under avdelningen Kulturskolan
  // Stockholm"; the title said "… och Kulturskolans deltagande".
  const Record r = ExtractPdf("corpus/tune8/t8b-d12.pdf");
  EXPECT_EQ(FindUnit(r, "Stadsbiblioteket"), nullptr);
  EXPECT_EQ(FindUnit(r, "Kulturskolan"), nullptr);
  const UnitMention* library = FindUnit(r, "Hässelby gårds bibliotek");
  ASSERT_NE(library, nullptr);
  EXPECT_EQ(library->department.value_or(""),
            "Stadsbibliotekets avdelning för bibliotek i söder och väster");
  const UnitMention* part = FindUnit(r, "Kulturskolans dansverksamhet i Skärholmen");
  ASSERT_NE(part, nullptr);
  EXPECT_EQ(part->department.value_or(""), "avdelningen Kulturskolan Stockholm");
  // "… Biblioteket Lövholmen inom avdelningen Stadsbiblioteket och Kulturskolans
  // ensembleverksamhet Söder, …. Båda kommer att tävla i klassen Andra verksamheter."
  const Record planned = ExtractPdf("corpus/tune5/t5-d07.pdf");
  const UnitMention* first = FindUnit(planned, "Biblioteket Lövholmen");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->department.value_or(""), "avdelningen Stadsbiblioteket");
  EXPECT_EQ(first->competition_class.value_or(""), "Andra verksamheter");
}

TEST(UnitsInLists, AnItemsTextGoingOnInLowerCaseAfterThePageHeadAndWhatItDoes) {
  // "4) Team Löneadministration skola och förskola, som ansvarar för lönehanteringen för stadens"
  // ⏎ (page 2) "Serviceförvaltningen Dnr SF 2016/0142" ⏎ "pedagogiska personal, avdelningen
  // HR-service" ⏎ "5) Växeln Stadshuset, …"
  const Record r = ExtractPdf("corpus/tune8/t8b-d13.pdf");
  EXPECT_EQ(r.units.size(), 5u);
  const UnitMention* u = FindUnit(r, "Team Löneadministration skola och förskola");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->department.value_or(""), "avdelningen HR-service");
  EXPECT_NE(FindUnit(r, "Växeln Stadshuset"), nullptr);
}

TEST(UnitNames, AKindWrittenIndefiniteAfterAPossessiveAndAClassForEveryUnitOfASentence) {
  // "… både förskolan Regnbågen i Årsta och vår förskola Tallkotten i Stureby ställer upp i
  // Stockholms stads Kvalitetsutmärkelsn 2016, i klassen förskola." (unit_kinds.tsv: förskola →
  // förskolan)
  const Record r = ExtractPdf("corpus/tune8/t8a-d08.pdf");
  ASSERT_EQ(r.units.size(), 2u);
  for (const char* name : {"Förskolan Regnbågen", "Förskolan Tallkotten"}) {
    const UnitMention* u = FindUnit(r, name);
    ASSERT_NE(u, nullptr) << name;
    EXPECT_EQ(u->competition_class.value_or(""), "Förskola") << name;
  }
  // "… att vårt vård- och omsorgsboende Tornbacken på Dalagatan deltar i årets
  // kvalitetsutmärkelse i klassen Äldreomsorg."
  const Record mail = ExtractPdf("corpus/tune8/t8b-d06.pdf");
  const UnitMention* home = FindUnit(mail, "Vård- och omsorgsboendet Tornbacken");
  ASSERT_NE(home, nullptr);
  EXPECT_EQ(home->competition_class.value_or(""), "Äldreomsorg");
}

TEST(UnitNames, TheSameClassAsTheUnitBefore) {
  // "Även vår hemtjänstgrupp i Vasastan, Silvergran hemtjänst Vasastan, är med och tävlar i samma
  // klass."; "… Verkstad Norra Station, som drivs av Nordsol Arbetsintegration AB på uppdrag av
  // nämnden, i samma klass." (the operator read past it)
  const Record r = ExtractPdf("corpus/tune8/t8b-d06.pdf");
  const UnitMention* u = FindUnit(r, "Silvergran hemtjänst Vasastan");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->competition_class.value_or(""), "Äldreomsorg");
  const Record run = ExtractPdf("corpus/tune8/t8b-d09.pdf");
  const UnitMention* workshop = FindUnit(run, "Verkstad Norra Station");
  ASSERT_NE(workshop, nullptr);
  EXPECT_EQ(workshop->operator_name.value_or(""), "Nordsol Arbetsintegration AB");
}

TEST(Dates, DeadlinesAndAnotherDocumentsDateWrittenOtherWays) {
  // "… ska anmälan om deltagande göras senast den 18 mars"
  EXPECT_EQ(RoleOn(ExtractPdf("corpus/tune8/t8b-d09.pdf"), "2016-03-18"), "registration_deadline");
  // "… ska anmälan vara gjord senast den 21 mars"
  EXPECT_EQ(RoleOn(ExtractPdf("corpus/tune8/t8a-d09.pdf"), "2025-03-21"), "registration_deadline");
  // "Respektive nämnd ska ha anmält deltagandet senast den 30 juni."
  EXPECT_EQ(RoleOn(ExtractPdf("corpus/tune8/t8a-d11.pdf"), "2015-06-30"), "report_deadline");
  // "Enheternas bidrag lämnas senast den 18 maj"
  EXPECT_EQ(RoleOn(ExtractPdf("corpus/tune8/t8b-d03.pdf"), "2018-05-18"), "submission_deadline");
  // "… lämnar därefter sin skriftliga redovisning senast den 29 maj 2009."
  EXPECT_EQ(RoleOn(ExtractPdf("corpus/tune8/t8b-d05.pdf"), "2009-05-29"), "submission_deadline");
  // "Kulturförvaltningen redovisar i tjänsteutlåtande daterat den 4 maj 2021 vilka … har skickat
  // in tävlingsbidrag"
  EXPECT_EQ(RoleOn(ExtractPdf("corpus/tune8/t8a-d10.pdf"), "2021-05-04"), "other");
}

}  // namespace
}  // namespace kvreg
