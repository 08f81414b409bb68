// Layouts and wordings that carried units past the extractor in the twelfth round
// (corpus/tune13): lower-case class headings between list items, an agenda item whose sub-items
// are its units, a plural kind shared by names. Each test fails without its rule.
#include <gtest/gtest.h>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::DetailsOf;
using testing::ExtractReport;
using testing::ExtractText;

TEST(UnitsInLists, ClassHeadingsInLowerCaseBetweenItemsAndAClassWrappedOverTwoLines) {
  // A heading in lower case ("äldreomsorg") is no wrapped line of the item above it; a line
  // that goes on with the class's own words ("samt stöd och service …") is one, though it
  // names a class too.
  const Record r = ExtractReport(
      "Förvaltningen föreslår att nämnden nominerar följande enheter, ordnade efter "
      "tävlingsklass:\n\n"
      "förskola\n"
      "• Förskolan Myrstacken, avdelningen för förskoleverksamhet\n"
      "äldreomsorg\n"
      "• Hemtjänsten Fruängen – äldreomsorgsavdelningen\n\n"
      "Förvaltningen föreslår att nämnden nominerar följande enheter:\n\n"
      "1. Korttidshemmet Fjärilen, avdelningen för stöd och service – socialtjänst\n"
      "samt stöd och service till personer med funktionsnedsättning\n"
      "2. Husby gårds fritidsgård, avdelningen för skola och fritid – andra\n"
      "verksamheter\n");
  ASSERT_EQ(r.units.size(), 4u);
  EXPECT_EQ(DetailsOf(r, "Förskolan Myrstacken"),
            "avdelningen för förskoleverksamhet | Förskola | ");
  EXPECT_EQ(DetailsOf(r, "Hemtjänsten Fruängen"), "äldreomsorgsavdelningen | Äldreomsorg | ");
  EXPECT_EQ(DetailsOf(r, "Korttidshemmet Fjärilen"),
            "avdelningen för stöd och service | Socialtjänst samt stöd och service till "
            "personer med funktionsnedsättning | ");
  EXPECT_EQ(DetailsOf(r, "Husby gårds fritidsgård"),
            "avdelningen för skola och fritid | Andra verksamheter | ");
}

TEST(Matters, AnAgendaItemAboutTheAwardKeepsItsSubItemsAndTheirUnits) {
  // sections.re2 agenda_item sub_item: "a)", "b)" under "4. Anmälan av deltagande i …" are part
  // of its matter, each with its Dnr; a sentence that ends in a full stop introduces them, and a
  // city-wide organisation after a comma is the department.
  const Record r = ExtractText(
      "Socialtjänstnämnden\n\nFöredragningslista\n\nSammanträde 2009-04-23\n\n"
      "3. Verksamhetsberättelse 2008\nDnr 104-2009-1.4\nHandläggare: Johan Åström\n"
      "4. Anmälan av deltagande i Stockholms stads kvalitetsutmärkelse 2009\n"
      "Dnr 172-2009-099\nHandläggare: Eva Lindqvist\n"
      "Samtliga tre enheter tävlar i klassen andra verksamheter.\n"
      "a) Stödboendet Kastanjen, avdelningen för hemlöshet och missbruk\n"
      "Dnr 173-2009-099\nHandläggare: Eva Lindqvist\n"
      "b) Lindängens bibliotek, Stadsbiblioteket\n"
      "Dnr 174-2009-099\nHandläggare: Per Sandahl\n"
      "5. Upphandling av skyddat boende\nDnr 180-2009-099\n");
  EXPECT_EQ(r.diary_numbers,
            (std::vector<std::string>{"172-2009-099", "173-2009-099", "174-2009-099"}));
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(DetailsOf(r, "Stödboendet Kastanjen"),
            "avdelningen för hemlöshet och missbruk | Andra verksamheter | ");
  EXPECT_EQ(DetailsOf(r, "Lindängens bibliotek"), "Stadsbiblioteket | Andra verksamheter | ");
}

TEST(UnitNames, APluralKindSharedByTheNamesAfterIt) {
  // participation.re2 plural_kind and unit_kinds.tsv's plurals: each name takes the kind's
  // singular, and "båda inom" gives both the department.
  const Record r = ExtractReport(
      "I år deltar förskolorna Solberga äng och Lärkan, båda inom avdelningen för förskola, i "
      "klassen förskola.");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(DetailsOf(r, "Förskolan Lärkan"), "avdelningen för förskola | Förskola | ");
  EXPECT_EQ(DetailsOf(r, "Förskolan Solberga äng"), "avdelningen för förskola | Förskola | ");
}

TEST(UnitAppositions, AClassAloneInBracketsAfterTheDepartment) {
  // unit_details.re2 bracket_class_alone
  const Record r = ExtractReport(
      "Följande verksamheter deltar i kvalitetsutmärkelsen:\n\n"
      "1. Sfi Västerort – vuxenutbildningsavdelningen (Skola)\n"
      "2. Feriejobbsenheten – avdelningen för ungdom och arbete (Andra verksamheter)\n");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(DetailsOf(r, "Sfi Västerort"), "vuxenutbildningsavdelningen | Skola | ");
  EXPECT_EQ(DetailsOf(r, "Feriejobbsenheten"),
            "avdelningen för ungdom och arbete | Andra verksamheter | ");
}

TEST(UnitNames, NedanståendeACountOverTwoOwnersAndAUnitThatAbstainedAreNoUnits) {
  // not_units.re2 generic and count_phrase, participation.re2 not_participation ("avstod",
  // "övervägde" with a boundary RE2 sees before "ö")
  const Record r = ExtractReport(
      "Tio av förvaltningens och de upphandlade utförarnas verksamheter har anmält sig till årets "
      "kvalitetsutmärkelse. Nedanstående verksamheter har anmält sig och lämnat in "
      "tävlingsbidrag. Förskolan Lärkan deltar i kvalitetsutmärkelsen. Hemtjänsten Fruängen "
      "övervägde att delta i kvalitetsutmärkelsen men avstod. Förskolan Grönkulla övervägde att "
      "delta men har valt att vänta till nästa år.");
  EXPECT_EQ(r.units.size(), 1u);
  EXPECT_NE(FindUnit(r, "Förskolan Lärkan"), nullptr);
}

TEST(UnitNames, AUnitPutInAClassOrTriedInTheCompetitionTakesPart) {
  // participation.re2 participation_cue: "i klassen …", "i tävlingen"
  const Record r = ExtractReport(
      "Dessutom föreslås Gruppbostaden Nyckelpigan, som drivs på entreprenad av Omsorgshuset "
      "Norden AB, i klassen socialtjänst samt stöd och service till personer med "
      "funktionsnedsättning. Därtill vill Mötesplats Kvarnen pröva sitt arbete i tävlingen.");
  EXPECT_EQ(r.units.size(), 2u);
  EXPECT_EQ(DetailsOf(r, "Gruppbostaden Nyckelpigan"),
            " | Socialtjänst samt stöd och service till personer med funktionsnedsättning | "
            "Omsorgshuset Norden AB");
  EXPECT_NE(FindUnit(r, "Mötesplats Kvarnen"), nullptr);
}

TEST(UnitAppositions, ADepartmentByItsOwnNameBeforeItsUnits) {
  // A fronted department names no unit and is the department of the units after it
  // (layout.re2 list_intro_department read in sentences); "och från Stadsmuseet både" opens
  // the next items (fields.enumeration.re2 enumeration_qualifier).
  const Record r = ExtractReport(
      "Inom Stadsbiblioteket har Ekhagens bibliotek, ett av de mindre filialbiblioteken i "
      "söderort, anmält sig till tävlingen. Från Kulturskolan deltar Danslinjen Nova och från "
      "Stadsmuseet både Enheten för skolvisningar och Hantverksmuseet Gjutaren, det senare ett "
      "av de små museerna.");
  EXPECT_EQ(DetailsOf(r, "Ekhagens bibliotek"), "Stadsbiblioteket |  | ");
  EXPECT_EQ(DetailsOf(r, "Hantverksmuseet Gjutaren"), "Stadsmuseet |  | ");
  EXPECT_NE(FindUnit(r, "Enheten för skolvisningar"), nullptr);
  EXPECT_NE(FindUnit(r, "Danslinjen Nova"), nullptr);
  EXPECT_EQ(FindUnit(r, "Stadsbiblioteket"), nullptr);
  EXPECT_EQ(FindUnit(r, "Stadsmuseet"), nullptr);
  EXPECT_EQ(r.units.size(), 4u);
}

TEST(UnitAppositions, OneOfADepartmentsUnitsBetweenDashesAndAClassAfterTheDepartment) {
  // unit_details.re2 one_of_department set off by dashes; takes_part_in_class peeled before
  // within_department, which would drop the relative clause with the class.
  const Record r = ExtractReport(
      "Hemtjänstgruppen Råcksta – en av äldreomsorgsavdelningens fyra hemtjänstgrupper – deltar "
      "i klassen äldreomsorg. Den tredje är Vällingby ungdomsmottagning inom avdelningen för "
      "individ- och familjeomsorg, som tävlar i klassen andra verksamheter.");
  EXPECT_EQ(DetailsOf(r, "Hemtjänstgruppen Råcksta"), "äldreomsorgsavdelningen | Äldreomsorg | ");
  EXPECT_EQ(DetailsOf(r, "Vällingby ungdomsmottagning"),
            "avdelningen för individ- och familjeomsorg | Andra verksamheter | ");
}

TEST(UnitAppositions, ADepartmentAfterAColonBehindADescriptionAndOneOfADepartmentWithFör) {
  // unit_details.re2 dash_department peeled before indefinite_description; one_of_department
  // with "avdelningen för …s".
  const Record r = ExtractReport(
      "Följande verksamheter deltar i kvalitetsutmärkelsen:\n\n"
      "• Träffpunkt Liljeholmen, en öppen mötesplats för seniorer med föreläsningar: avdelningen "
      "för äldreomsorg\n"
      "• Familjecentrum Fruängen: avdelningen för socialtjänst\n\n"
      "Även Hemtjänsten Aspudden, en av avdelningen för äldreomsorgs fyra hemtjänstgrupper, "
      "deltar i klassen äldreomsorg.");
  EXPECT_EQ(DetailsOf(r, "Träffpunkt Liljeholmen"), "avdelningen för äldreomsorg |  | ");
  EXPECT_EQ(DetailsOf(r, "Hemtjänsten Aspudden"), "avdelningen för äldreomsorg | Äldreomsorg | ");
}

TEST(UnitNames, APluralOfKindsIsAGroupNeverOneUnit) {
  // not_units.re2 plural_group: "Stadsdelens verksamheter"; a unit's name that ends in a
  // plural after more words stays one ("Tillsynsgruppen för skolor och förskolor").
  const Record r = ExtractReport(
      "Stadsdelens verksamheter deltar i år i kvalitetsutmärkelsen med tre bidrag. "
      "Förvaltningens förskolor, Förskolan Lärkan och Förskolan Gläntan, deltar i klassen "
      "förskola, och Tillsynsgruppen för skolor och förskolor deltar i klassen andra "
      "verksamheter.");
  EXPECT_EQ(FindUnit(r, "Stadsdelens verksamheter"), nullptr);
  EXPECT_NE(FindUnit(r, "Förskolan Lärkan"), nullptr);
  EXPECT_NE(FindUnit(r, "Tillsynsgruppen för skolor och förskolor"), nullptr);
  EXPECT_EQ(r.units.size(), 3u);
}

}  // namespace
}  // namespace kvreg
