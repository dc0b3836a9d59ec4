"""Relation extraction on short sentences written by the team: (text, expected triples) pairs."""

from __future__ import annotations

import pytest

from kg.ingest import article_from_text
from kg.pipeline import extract_article


def extract(nlp, text, date="2024-06-01"):
    art = article_from_text(text, title="t", source="test", date=date)
    return extract_article(art, nlp)


def triples(ex, modality="asserted"):
    return {(r.subject, r.predicate, r.object) for r in ex.relations if r.evidence.modality == modality}


CASES = [
    # coordination lists expand to each member
    ("Washington shares intelligence with Japan, South Korea and the Philippines.",
     {("Japan", "sharesIntelligenceWith", "UnitedStates"), ("SouthKorea", "sharesIntelligenceWith", "UnitedStates"),
      ("Philippines", "sharesIntelligenceWith", "UnitedStates")}),
    # apposition + participle: membership
    ("The Quad, a group comprising the U.S., India, Australia and Japan, met in Tokyo.",
     {("UnitedStates", "memberOf", "Quad"), ("India", "memberOf", "Quad"), ("Australia", "memberOf", "Quad"),
      ("Japan", "memberOf", "Quad")}),
    ("The Five Eyes comprises the US, the UK, Canada, Australia and New Zealand.",
     {(c, "memberOf", "FiveEyes") for c in ("UnitedStates", "UnitedKingdom", "Canada", "Australia", "NewZealand")}),
    # demonym on a generic noun stands for the state
    ("India repelled Chinese forces near the border.", {("India", "repelled", "China")}),
    # mutual clash: both directions
    ("Indian and Chinese troops clashed along the border.",
     {("India", "clashedWith", "China"), ("China", "clashedWith", "India")}),
    # coordinated subjects of a symmetric relation
    ("Japan and the Philippines signed a defence agreement on Monday.",
     {("Japan", "signsAgreementWith", "Philippines")}),
    # light verb + noun trigger with a preposition
    ("The European Union imposed new sanctions on Russia.", {("EuropeanUnion", "sanctions", "Russia")}),
    ("China sanctioned Lockheed Martin.", {("China", "sanctions", "LockheedMartin")}),
    # passive voice with an agent
    ("Russia was accused by Poland of violating its airspace.", {("Poland", "criticizesOrAccuses", "Russia")}),
    # titles before a name: position with the state
    ("Japan's Defense Minister Minoru Kihara met U.S. Defense Secretary Lloyd Austin.",
     {("MinoruKihara", "holdsPosition", "Japan"), ("LloydAustin", "holdsPosition", "UnitedStates"),
      ("LloydAustin", "meetsWith", "MinoruKihara")}),
    # the name in apposition to its title
    ("China's foreign minister, Wang Yi, met Blinken.", {("WangYi", "holdsPosition", "China")}),
    ("Mark Rutte, NATO's secretary general, spoke in Brussels.", {("MarkRutte", "holdsPosition", "NATO")}),
    # apposition: position at an organisation
    ("Daniel Byman, a senior fellow at the Center for Strategic and International Studies, spoke on Monday.",
     {("DanielByman", "holdsPosition", "CenterForStrategicAndInternationalStudies")}),
    # membership by wording
    ("The European Union, whose members include Germany and France, met in Brussels.",
     {("Germany", "memberOf", "EuropeanUnion"), ("France", "memberOf", "EuropeanUnion")}),
    ("Finland joined NATO in April 2023.", {("Finland", "memberOf", "NATO")}),
    # reduce relations
    ("Niger expelled the French ambassador.", {("Niger", "reducesRelationsWith", "France")}),
    # threats
    ("China warned the United States against arming Taiwan.", {("China", "threatens", "UnitedStates")}),
    # relative clause, nominal trigger with possessor, passive with a demonym agent
    ("Russia, which invaded Ukraine in 2022, was condemned by the United Nations.",
     {("Russia", "attacked", "Ukraine"), ("UnitedNations", "criticizesOrAccuses", "Russia")}),
    ("India's repulsion of Chinese forces surprised observers.", {("India", "repelled", "China")}),
    ("Poland was attacked by Russian drones on Wednesday.", {("Russia", "attacked", "Poland")}),
    ("The United States and South Korea held joint military exercises.",
     {("SouthKorea", "cooperatesMilitarilyWith", "UnitedStates")}),
    # the buyer's sentence states the seller's supply
    ("Turkey bought S-400 missiles from Russia.", {("Russia", "providesAidTo", "Turkey")}),
    ("Germany expelled two Russian diplomats.", {("Germany", "reducesRelationsWith", "Russia")}),
    ("The Netherlands summoned the Chinese ambassador.", {("Netherlands", "criticizesOrAccuses", "China")}),
    # a host or mediator meets each party, and the parties meet each other
    ("Qatar hosted talks between Pakistan and Afghanistan in Doha.",
     {("Afghanistan", "meetsWith", "Pakistan"), ("Afghanistan", "meetsWith", "Qatar"), ("Pakistan", "meetsWith", "Qatar")}),
    # the actor dictionary: surnames alone, and the office behind a bare title
    ("Modi met Xi in Kazan, Russia.", {("NarendraModi", "meetsWith", "XiJinping"), ("Kazan", "locatedIn", "Russia")}),
    # the object of a threat or demand in its complement or on its noun
    ("Russia threatened retaliation against Finland over its NATO membership.", {("Russia", "threatens", "Finland")}),
    ("Iran vowed revenge against Israel after the strike.", {("Iran", "threatens", "Israel")}),
    ("The European Union demanded that Belarus release political prisoners.",
     {("EuropeanUnion", "demands", "Belarus")}),
    ("Japan protested to China over the incursion.", {("Japan", "criticizesOrAccuses", "China")}),
    ("Britain is one of Ukraine's closest allies.", {("Ukraine", "alliesWith", "UnitedKingdom")}),
    ("Washington slapped tariffs on Chinese steel.", {("UnitedStates", "sanctions", "China")}),
    ("Iran detained two French citizens.", {("Iran", "arrested", "France")}),
    ("Qatar and Egypt mediated between Israel and Hamas.",
     {("Egypt", "meetsWith", "Israel"), ("Hamas", "meetsWith", "Qatar"), ("Hamas", "meetsWith", "Israel")}),
    ("Seoul and Tokyo restored their military information-sharing pact.",
     {("Japan", "sharesIntelligenceWith", "SouthKorea")}),
    ("Israel carried out airstrikes on Iranian nuclear sites.", {("Israel", "attacked", "Iran")}),
    ("Colombia recalled its ambassador from Israel.", {("Colombia", "reducesRelationsWith", "Israel")}),
    ("The Taliban government accused Pakistan of violating Afghan airspace.",
     {("Taliban", "criticizesOrAccuses", "Pakistan")}),
    ("Iran's foreign minister met his Saudi counterpart in Riyadh.", {("Iran", "meetsWith", "SaudiArabia")}),
    ("Israel and Hamas exchanged fire on Tuesday.", {("Israel", "clashedWith", "Hamas"), ("Hamas", "clashedWith", "Israel")}),
    ("The Estonian ambassador was expelled by Russia.", {("Russia", "reducesRelationsWith", "Estonia")}),
    # an accusation stays one when the accused denies it; the tagger's ORG "Trump" is the known person
    ("Russia has repeatedly accused Ukraine of attacking the nuclear plant, a charge Kyiv denies.",
     {("Russia", "criticizesOrAccuses", "Ukraine")}),
    ("Trump said he would impose 25% tariffs on Mexico and Canada.",
     {("DonaldTrump", "sanctions", "Mexico"), ("DonaldTrump", "sanctions", "Canada")}),
    # what the accused is said to have done is stated too, as the accuser's claim
    ("The European Union and NATO have denounced Russia for launching cyber attacks against Germany.",
     {("EuropeanUnion", "criticizesOrAccuses", "Russia"), ("NATO", "criticizesOrAccuses", "Russia"),
      ("Russia", "spiesOn", "Germany")}),
    ("Fighters of the Rwanda-backed M23 rebel group seized Goma.", {("M23", "partnersWith", "Rwanda")}),
    # stated readiness to cooperate, and closing an embassy
    ("Germany said it was ready to work with Poland on border security.",
     {("Germany", "expressesIntentToCooperateWith", "Poland")}),
    ("Iran expressed willingness to negotiate with the United States.",
     {("Iran", "expressesIntentToCooperateWith", "UnitedStates")}),
    ("Lithuania closed its embassy in Belarus.", {("Lithuania", "reducesRelationsWith", "Belarus")}),
    ("US and British warplanes bombed Houthi targets in Yemen.",
     {("UnitedStates", "attacked", "Houthis"), ("UnitedKingdom", "attacked", "Houthis")}),
    ("A Chinese coast guard ship used a water cannon against a Philippine vessel.",
     {("ChinaCoastGuard", "attacked", "Philippines")}),
    ("The UAE has been accused of supplying weapons to the RSF.",
     {("UnitedArabEmirates", "providesAidTo", "RapidSupportForces")}),
    ("The United States removed Turkey from the F-35 programme.", {("UnitedStates", "reducesRelationsWith", "Turkey")}),
    ("The US announced a $2 billion arms package for Taiwan.", {("UnitedStates", "providesAidTo", "Taiwan")}),
    ("Trump ordered tariffs on Colombian goods.", {("DonaldTrump", "sanctions", "Colombia")}),
    ("Russia vowed to retaliate against Finland.", {("Russia", "threatens", "Finland")}),
    ("Washington deployed an aircraft carrier off the coast of Venezuela.",
     {("UnitedStates", "mobilizesAgainst", "Venezuela")}),
    # a visit to a capital is a visit to its state; arriving without a purpose is not a meeting
    ("Iraqi President Saddam Hussein arrived in Amman on a previously unannounced visit on Wednesday.",
     {("Jordan", "meetsWith", "SaddamHussein")}),
    ("Lavrov travelled to Pyongyang for talks with his North Korean counterpart.",
     {("NorthKorea", "meetsWith", "SergeyLavrov")}),
    # membership and alliance by wording
    ("Turkey, a NATO member, bought Russian missiles.", {("Turkey", "memberOf", "NATO")}),
    ("Sweden became NATO's 32nd member.", {("Sweden", "memberOf", "NATO")}),
    ("Russia, which currently chairs the Arctic Council, criticised the decision.",
     {("Russia", "memberOf", "ArcticCouncil")}),
    ("The United States and Britain, long-time allies, launched joint strikes.",
     {("UnitedKingdom", "alliesWith", "UnitedStates"), ("UnitedKingdom", "cooperatesMilitarilyWith", "UnitedStates")}),
    ("The UK and India agreed to share intelligence on terrorism.", {("India", "sharesIntelligenceWith", "UnitedKingdom")}),
    # talks between two parties
    ("Talks between Pakistan and Afghanistan resumed in Doha.", {("Afghanistan", "meetsWith", "Pakistan")}),
    # a reported wrong accuses its doer; a reported price to pay threatens who must pay it
    ("Beijing said Manila had provoked the confrontation at the shoal.", {("China", "criticizesOrAccuses", "Philippines")}),
    ("Russia's foreign ministry said Britain was interfering in its internal affairs.",
     {("ForeignMinistryRussia", "criticizesOrAccuses", "UnitedKingdom")}),
    ("The Kremlin said Kyiv had sabotaged the peace talks, according to Tass.", {("Russia", "criticizesOrAccuses", "Ukraine")}),
    ("Iran's foreign minister said Israel would pay a heavy price for the strike.", {("Iran", "threatens", "Israel")}),
    ("North Korea said South Korea would face grave consequences.", {("NorthKorea", "threatens", "SouthKorea")}),
    # protest: rallies, riots and hunger strikes against an actor's policy; counted crowds act for their nation
    ("Georgian students rallied against Russia's influence.", {("StudentsGeorgia", "protestsAgainst", "Russia")}),
    ("Iranian students staged a demonstration outside the British embassy in Tehran.",
     {("StudentsIran", "protestsAgainst", "EmbassyUnitedKingdom")}),
    ("Thousands of Armenian refugees began a hunger strike in protest of Azerbaijan's blockade.",
     {("Armenia", "protestsAgainst", "Azerbaijan")}),
    ("Israeli soldiers wounded two Palestinian civilians near Hebron.", {("Israel", "attacked", "Palestine")}),
    # groups placed in a country or its capital; people protesting demonstrate rather than complain
    ("Opposition groups in Zimbabwe are demanding that President Mugabe step down.",
     {("OppositionGroupsZimbabwe", "demands", "RobertMugabe")}),
    ("Demonstrators in Baghdad protested against the United States.",
     {("DemonstratorsIraq", "protestsAgainst", "UnitedStates")}),
    # a non-state group named by nationality is a group of that country, not the state
    ("Syrian rebels attacked Turkish troops near the border.", {("RebelsSyria", "attacked", "Turkey")}),
    # raised subjects, envoys standing for their state, an arrest by holding
    ("Iran is believed to have close links with Hezbollah.", {("Hezbollah", "partnersWith", "Iran")}),
    ("Niger's junta ordered Jean Dupont, the French ambassador, to leave the country within 48 hours.",
     {("JuntaNiger", "reducesRelationsWith", "France")}),
    ("Berlin summoned the chargé d'affaires of the Chinese embassy.", {("Germany", "criticizesOrAccuses", "China")}),
    ("Kenya's president voiced his disappointment with Tanzania.", {("Kenya", "criticizesOrAccuses", "Tanzania")}),
    ("Norway has always been a good ally to Denmark.", {("Denmark", "alliesWith", "Norway")}),
    ("Hungarian police forced their way into the Austrian consulate.", {("PoliceHungary", "attacked", "ConsulateAustria")}),
    ("The pact helps Seoul respond to North Korea's missile threats.", {("SouthKorea", "counters", "NorthKorea")}),
    ("Gabon's army held President Ali Bongo under house arrest.", {("ArmyGabon", "arrested", "AliBongo")}),
    ("Macron spoke alongside German Chancellor Olaf Scholz.", {("EmmanuelMacron", "meetsWith", "OlafScholz")}),
    ("The Malian junta led by General Assimi Goita expelled the French ambassador.",
     {("AssimiGoita", "holdsPosition", "JuntaMali"), ("JuntaMali", "reducesRelationsWith", "France")}),
    ("Israel Defense Forces (IDF) spokesman Avichay Adraee warned residents to leave.",
     {("AvichayAdraee", "holdsPosition", "IsraelDefenseForces")}),
    # membership by wording: membership in, part of, belongs to, member-state compounds, a listed council
    ("Sweden's membership in NATO was ratified by Hungary.", {("Sweden", "memberOf", "NATO")}),
    ("Belarus is part of the Collective Security Treaty Organization.",
     {("Belarus", "memberOf", "CollectiveSecurityTreatyOrganization")}),
    ("EU member state Hungary blocked the aid package.", {("Hungary", "memberOf", "EuropeanUnion")}),
    ("Algeria belongs to the African Union.", {("Algeria", "memberOf", "AfricanUnion")}),
    ("Denmark holds the rotating presidency of the Council of the European Union.",
     {("Denmark", "memberOf", "CouncilOfTheEuropeanUnion")}),
    ("The permanent members of the UN Security Council, the US, Britain, France, China and Russia, met in Geneva.",
     {(c, "memberOf", "UnitedNationsSecurityCouncil") for c in ("UnitedStates", "UnitedKingdom", "France", "China", "Russia")}),
    # reducing relations: halted aid, ended pacts, called-off talks, shut borders, persona non grata
    ("The United States suspended military aid to Niger after the coup.", {("UnitedStates", "reducesRelationsWith", "Niger")}),
    ("Mali terminated its defence agreements with France.", {("Mali", "reducesRelationsWith", "France")}),
    ("Argentina declared two Venezuelan diplomats persona non grata.", {("Argentina", "reducesRelationsWith", "Venezuela")}),
    ("Australia downgraded its diplomatic presence in Iran.", {("Australia", "reducesRelationsWith", "Iran")}),
    ("Ukraine called off talks with Hungary.", {("Ukraine", "reducesRelationsWith", "Hungary")}),
    ("Lithuania shut its border with Belarus.", {("Lithuania", "reducesRelationsWith", "Belarus")}),
    ("Canada banned Russian ships from its ports.", {("Canada", "sanctions", "Russia")}),
    # stated readiness, the government named by its capital, visitors meeting each other where they meet
    ("China said it was ready to work with the new government in Seoul.",
     {("China", "expressesIntentToCooperateWith", "SouthKorea")}),
    ("Saudi Arabia said it was open to normalizing relations with Israel.",
     {("SaudiArabia", "expressesIntentToCooperateWith", "Israel")}),
    ("Lavrov and Rubio met in Riyadh.", {("MarcoRubio", "meetsWith", "SergeyLavrov")}),
    ("North Korea vowed to retaliate against South Korea's drills.", {("NorthKorea", "threatens", "SouthKorea")}),
    # inside a quotation "we" is the speaker's side; an announced decision is stated, not planned
    ('"We have decided to sever diplomatic relations with Israel," Colombian President Gustavo Petro said.',
     {("Colombia", "reducesRelationsWith", "Israel")}),
    ("“We will respond firmly to any provocation by North Korea,” South Korea's defence ministry said.",
     {("DefenceMinistrySouthKorea", "counters", "NorthKorea")}),
    # posts named in a relative clause or by a state set as nmod; a person the tagger took for an organisation
    ("Radoslaw Sikorski, who is Poland's foreign minister, spoke to reporters.",
     {("RadoslawSikorski", "holdsPosition", "Poland")}),
    ("The talks were led by Steve Witkoff, the US special envoy.", {("SteveWitkoff", "holdsPosition", "UnitedStates")}),
    ("Ukraine's ambassador to Germany, Oleksii Makeiev, welcomed the decision.",
     {("OleksiiMakeiev", "holdsPosition", "Ukraine")}),
    # a state's own Security Council is not the UN's; a state's membership of a body keeps the body
    ("Sergei Shoigu, the secretary of Russia's Security Council, visited Pyongyang.",
     {("SergeiShoigu", "holdsPosition", "SecurityCouncilRussia")}),
    ("Finland's NATO membership changed the Baltic balance.", {("Finland", "memberOf", "NATO")}),
    # the reporting side: "we" in a joint quotation is every speaker, "they" after plural speakers too
    ('"We condemn Russia\'s attack," the leaders of France, Germany and Britain said in a joint statement.',
     {("France", "criticizesOrAccuses", "Russia"), ("Germany", "criticizesOrAccuses", "Russia"),
      ("UnitedKingdom", "criticizesOrAccuses", "Russia")}),
    ("Poland and Lithuania said they would expel Belarusian diplomats.",
     {("Poland", "reducesRelationsWith", "Belarus"), ("Lithuania", "reducesRelationsWith", "Belarus")}),
    # a reported "must" is a demand on the one who must; a noun's "by" names its agent
    ("Russia said on Tuesday that Sudan must return the captured helicopter.", {("Russia", "demands", "Sudan")}),
    ("Germany rejected calls by Belarus for economic aid.", {("Germany", "rejects", "Belarus")}),
    ("The EU condemned the attack by Russia on Kyiv.",
     {("EuropeanUnion", "criticizesOrAccuses", "Russia"), ("Russia", "attacked", "Ukraine")}),
    ("Israeli President Isaac Herzog refused to meet Jordan's King Abdullah in Amman.",
     {("IsaacHerzog", "rejects", "Abdullah")}),
    # agreeing to help, suspending links, granting asylum
    ("EU foreign ministers agreed to provide 70 million euros of aid for Moldova and Armenia.",
     {("EuropeanUnion", "expressesIntentToCooperateWith", "Moldova"),
      ("EuropeanUnion", "expressesIntentToCooperateWith", "Armenia")}),
    ("Italy announced a suspension of air links with Serbia.", {("Italy", "reducesRelationsWith", "Serbia")}),
    ("Uganda has granted political asylum to 18 Rwandan rebels.", {("Uganda", "providesAidTo", "RebelsRwanda")}),
    # a threat's condition names the threatened; a statement's demand is its issuer's; an organisation's descriptor
    ("Russia has threatened to stop the talks if the United States goes ahead with the deployment.",
     {("Russia", "threatens", "UnitedStates")}),
    ("Iran threatened to launch a new offensive unless Baghdad accepted its conditions.", {("Iran", "threatens", "Iraq")}),
    ("The Kurdistan Workers' Party issued a statement demanding that the Turkish government release its leader.",
     {("KurdistanWorkersParty", "demands", "Turkey")}),
    ("The International Labour Organization reiterated its demand that Israel ease restrictions on Palestinian workers.",
     {("InternationalLabourOrganization", "demands", "Israel")}),
    ("Osama bin Laden's al-Qaeda terror network threatened to deliver devastating blows to the United States.",
     {("AlQaeda", "threatens", "UnitedStates")}),
    # complaining to a body over a state's act accuses that state too; a visiting king keeps his title
    ("Lebanon complained to the United Nations over two Israeli air raids.", {("Lebanon", "criticizesOrAccuses", "Israel")}),
    ("Israeli President Isaac Herzog refused to meet Jordan's visiting King Abdullah.",
     {("Abdullah", "holdsPosition", "Jordan")}),
    # the one actor inside the trigger's phrase when the parse hangs it a level off
    ("Colombia recalled for consultations its ambassador in Israel.", {("Colombia", "reducesRelationsWith", "Israel")}),
    # investigations, concessions, withdrawals and force posture (PLOVER's INVESTIGATE, CONCEDE, RETREAT, MOBILIZE)
    ("The IAEA launched a probe into Iran's nuclear programme.",
     {("InternationalAtomicEnergyAgency", "investigates", "Iran")}),
    ("Serbia lifted a night curfew in Montenegro.", {("Serbia", "concedesTo", "Montenegro")}),
    ("The United States sped up the withdrawal of its forces from Panama.", {("UnitedStates", "retreatsFrom", "Panama")}),
    ("Britain mobilized army reservists for a possible war against Iraq.", {("UnitedKingdom", "mobilizesAgainst", "Iraq")}),
    # coercion of organisations: outlawed, banned, property confiscated
    ("The British government outlawed the Ulster Defence Association.",
     {("UnitedKingdom", "coercesOrArrests", "UlsterDefenceAssociation")}),
    ("Palestinian police confiscated weapons from Hamas.", {("PolicePalestine", "coercesOrArrests", "Hamas")}),
    # a reported label accuses whom it names; a body placed in a country is that country's
    ("Beijing said Washington was the biggest threat to peace in the region.",
     {("China", "criticizesOrAccuses", "UnitedStates")}),
    ("Moscow said the NATO exercises were provocative.", {("Russia", "criticizesOrAccuses", "NATO")}),
    ("The military junta in Niger ordered Jean Dupont, the French ambassador, to leave the country.",
     {("JuntaNiger", "reducesRelationsWith", "France")}),
    ("The police in Kenya arrested two Ugandan activists.", {("PoliceKenya", "arrested", "ActivistsUganda")}),
    # working to keep or deepen ties is an intent when announced
    ("Frederiksen added that she would still work to maintain relations with the U.S.",
     {("MetteFrederiksen", "expressesIntentToCooperateWith", "UnitedStates")}),
    ("Vietnam pledged to strengthen ties with Australia.", {("Vietnam", "expressesIntentToCooperateWith", "Australia")}),
    # a grouping set beside its members: the members are in it and act with it
    ("The Quad, a grouping of the US, India, Japan and Australia, condemned China's actions.",
     {("Quad", "criticizesOrAccuses", "China"), ("India", "criticizesOrAccuses", "China"),
      ("India", "memberOf", "Quad"), ("Australia", "memberOf", "Quad")}),
    ("The Alliance of Sahel States, a confederation of Mali, Burkina Faso and Niger, was founded in 2023.",
     {("Mali", "memberOf", "AllianceOfSahelStates"), ("Niger", "memberOf", "AllianceOfSahelStates")}),
    ("The offensive was led by the M23 rebel group, an ethnic Tutsi force widely linked to Rwanda.",
     {("M23", "partnersWith", "Rwanda")}),
    # the nearest actor when a phrase names several; a stative "is opposed to"; rulers act for their state
    ("Albania on Friday denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest in Montenegro.",
     {("Albania", "criticizesOrAccuses", "Serbia")}),
    ("Israel is opposed to French mediation in peace negotiations with Syria.", {("Israel", "counters", "France")}),
    ("Berlin rejected recent calls by Belarus's rulers for immediate economic aid.", {("Germany", "rejects", "Belarus")}),
    ("A camp for Congolese refugees was attacked by Burundian militiamen armed with machetes.",
     {("Burundi", "attacked", "DemocraticRepublicOfTheCongo")}),
    ("President Macron gave a warm welcome to Kenyan President William Ruto.",
     {("EmmanuelMacron", "supports", "WilliamRuto")}),
    ("The United Nations reduced food supplies to Cambodia.", {("UnitedNations", "reducesRelationsWith", "Cambodia")}),
    # a participle clause is an act of its own: cutting ties does not negate the accusation
    ("Ghana cut diplomatic ties with Israel, accusing it of war crimes.",
     {("Ghana", "criticizesOrAccuses", "Israel"), ("Ghana", "reducesRelationsWith", "Israel")}),
    # a warner who will act threatens whom it will act on; "will pay dearly" threatens the payer
    ("Russia warned that it would respond to any deployment of missiles in Germany.", {("Russia", "threatens", "Germany")}),
    ("China warned that it would take countermeasures against Lithuania.", {("China", "threatens", "Lithuania")}),
    ("North Korea warned that South Korea would pay dearly.", {("NorthKorea", "threatens", "SouthKorea")}),
    ("Vietnam agreed to deepen defence ties with Australia.", {("Vietnam", "expressesIntentToCooperateWith", "Australia")}),
    # hackers targeting are spying (guideline 8); frozen assets and blacklists are sanctions
    ("Dutch intelligence said Russian hackers had targeted the Netherlands' police.",
     {("Russia", "spiesOn", "PoliceNetherlands")}),
    ("Canada froze the assets of 20 Iranian officials.", {("Canada", "sanctions", "Iran")}),
    ("The United States added 12 Chinese companies to its export blacklist.", {("UnitedStates", "sanctions", "China")}),
    ("Venezuela deported 40 Colombian migrants.", {("Venezuela", "arrested", "Colombia")}),
    ("Israeli jets pounded Hezbollah positions in southern Lebanon.", {("Israel", "attacked", "Hezbollah")}),
    ("Pakistan launched airstrikes on Taliban hideouts in Afghanistan.", {("Pakistan", "attacked", "Taliban")}),
    # object control: the one called on or urged is the one who is to act; voiced support is verbal
    ("France called on Russia to withdraw its troops from Ukraine.", {("France", "demands", "Russia")}),
    ("Turkey voiced support for Azerbaijan.", {("Turkey", "supports", "Azerbaijan")}),
    ("Erdogan and Putin discussed the grain deal by telephone.", {("RecepTayyipErdogan", "meetsWith", "VladimirPutin")}),
    # what a protest is for names whom it is against
    ("Demonstrators in Baghdad blocked a road to show their disapproval of the United States' military policies.",
     {("DemonstratorsIraq", "protestsAgainst", "UnitedStates")}),
    ("Kenyan students staged rallies in Nairobi demanding the resignation of President William Ruto.",
     {("StudentsKenya", "protestsAgainst", "WilliamRuto")}),
    # a stated hope, search or offer to cooperate is the intent itself ("hopes" is lemmatised right)
    ("China hopes to deepen cooperation with Brazil.", {("China", "expressesIntentToCooperateWith", "Brazil")}),
    ("Kazakhstan seeks closer ties with the European Union.",
     {("Kazakhstan", "expressesIntentToCooperateWith", "EuropeanUnion")}),
    ("Qatar offered to host talks between Washington and Tehran.",
     {("Qatar", "expressesIntentToCooperateWith", "Iran"), ("Qatar", "expressesIntentToCooperateWith", "UnitedStates")}),
    # a broker meets each party to the deal it brokered
    ("Armenia and Azerbaijan signed the deal brokered by the United States.",
     {("Armenia", "meetsWith", "UnitedStates"), ("Azerbaijan", "meetsWith", "UnitedStates"),
      ("Armenia", "signsAgreementWith", "Azerbaijan")}),
    # counterparts and the heads of self-governing territories hold posts too
    ("His Indian counterpart, Subrahmanyam Jaishankar, did not comment.",
     {("SubrahmanyamJaishankar", "holdsPosition", "India")}),
    ("Greenland's new Premier Jens-Frederik Nielsen said the island was not for sale.",
     {("JensFrederikNielsen", "holdsPosition", "Greenland")}),
    # two states that sever ties each reduce relations with the other; a "with"-clause is an act of its own
    ("Morocco and Algeria severed ties in 2021, with Algiers accusing Rabat of hostile actions.",
     {("Morocco", "reducesRelationsWith", "Algeria"), ("Algeria", "reducesRelationsWith", "Morocco"),
      ("Algeria", "criticizesOrAccuses", "Morocco")}),
    # a participle with a "by"-agent gives the noun its doer, and its prepositions the target
    ("The sanctions imposed by Washington on Moscow last year have had little effect, analysts said.",
     {("UnitedStates", "sanctions", "Russia")}),
    ("The deal, signed by Israel and Hamas in Egypt, calls for a ceasefire in Gaza.",
     {("Hamas", "signsAgreementWith", "Israel")}),
    # meetings: sitting down with, being brought together, speaking after talks with
    ("Blinken sat down with Saudi Crown Prince Mohammed bin Salman in Riyadh.",
     {("AntonyBlinken", "meetsWith", "MohammedBinSalman")}),
    ("Qatar brought together Rwanda and Uganda for talks in Doha.",
     {("Qatar", "meetsWith", "Rwanda"), ("Qatar", "meetsWith", "Uganda"), ("Rwanda", "meetsWith", "Uganda")}),
    ("After talks with Chinese President Xi Jinping, Putin said relations were at their best.",
     {("VladimirPutin", "meetsWith", "XiJinping")}),
    # lawsuits accuse (CAMEO 115); an ultimatum is a demand and a threat (CAMEO 139); opening fire attacks
    ("A Russian businessman is suing the European Union over the sanctions.",
     {("Russia", "criticizesOrAccuses", "EuropeanUnion")}),
    ("Nicaragua filed a lawsuit against Germany at the International Court of Justice.",
     {("Nicaragua", "criticizesOrAccuses", "Germany")}),
    ("Peru issued an ultimatum to Ecuador to halt attacks.",
     {("Peru", "demands", "Ecuador"), ("Peru", "threatens", "Ecuador")}),
    ("Egyptian police opened fire on Sudanese migrants.", {("PoliceEgypt", "attacked", "Sudan")}),
    # destroying property is coercion (CAMEO 1712), not an armed attack
    ("Israeli bulldozers demolished Palestinian homes in the West Bank.", {("Israel", "coercesOrArrests", "Palestine")}),
    # a state's authorities and security forces placed in it stand for the state
    ("Security forces in Guinea tortured Liberian refugees.", {("Guinea", "attacked", "Liberia")}),
    ("Authorities in Belarus detained a Polish journalist.", {("Belarus", "arrested", "Poland")}),
    # those who act during a demonstration against X protest against X
    ("Palestinian youths threw stones during demonstrations against the Israeli military.",
     {("Palestine", "protestsAgainst", "Israel")}),
    ("Students in Serbia marched in defiance of the government of Serbia.",
     {("StudentsSerbia", "protestsAgainst", "Serbia")}),
    # "each other", "one another": every party of the other
    ("India and Pakistan accused each other of violating the ceasefire.",
     {("India", "criticizesOrAccuses", "Pakistan"), ("Pakistan", "criticizesOrAccuses", "India")}),
    ("The United States and China imposed sanctions on each other.",
     {("China", "sanctions", "UnitedStates"), ("UnitedStates", "sanctions", "China")}),
    ("Armenia and Azerbaijan have threatened one another.",
     {("Armenia", "threatens", "Azerbaijan"), ("Azerbaijan", "threatens", "Armenia")}),
    # stated willingness to work with another is an intent to cooperate (CAMEO 03x)
    ("Beijing would work with New Delhi to implement the deal.", {("China", "expressesIntentToCooperateWith", "India")}),
    # fighting someone is a clash; founders of a named pact are its members; a list parsed as an apposition
    ("Saudi Arabia, which has fought the Houthis since 2015, said it was concerned.",
     {("SaudiArabia", "clashedWith", "Houthis")}),
    ("Mali, Burkina Faso and Niger formed a mutual defence pact, the Alliance of Sahel States, in September.",
     {(c, "memberOf", "AllianceOfSahelStates") for c in ("Mali", "BurkinaFaso", "Niger")}),
    # demanding an end to an armed group opposes it
    ("Rwanda has demanded an end to another armed group, the Democratic Forces for the Liberation of Rwanda (FDLR).",
     {("Rwanda", "counters", "DemocraticForcesForTheLiberationOfRwanda")}),
    # a state acting "in protest of" complains (CAMEO 11x); an administration of a president is his state
    ("The former administration of President Moon Jae-in decided to end the pact in 2019 in protest of "
     "Tokyo's export restrictions.", {("SouthKorea", "criticizesOrAccuses", "Japan")}),
    ("Algeria recalled its ambassador in protest at France's stance.", {("Algeria", "criticizesOrAccuses", "France")}),
    # a participant in an act does it
    ("Lockheed Martin directly participated in the US arms sale to Taiwan.", {("LockheedMartin", "providesAidTo", "Taiwan")}),
    # "will pay for it" in someone's words threatens; an allegation accuses
    ("Netanyahu said Iran had made a big mistake and will pay for it.", {("BenjaminNetanyahu", "threatens", "Iran")}),
    ("Vance alleged that Denmark had underinvested in the security of Greenland.",
     {("JDVance", "criticizesOrAccuses", "Denmark")}),
    # positions: an envoy to a body serves the state named first; "a spokesperson for"; an official
    ("Russian Ambassador to the United Nations Vassily Nebenzia rejected the claim.",
     {("VassilyNebenzia", "holdsPosition", "Russia")}),
    ("A spokesperson for the Chinese embassy in London, Li Wei, denied the claims.",
     {("LiWei", "holdsPosition", "EmbassyChina")}),
    ("Hamas official Basem Naim said the group accepted the proposal.", {("BasemNaim", "holdsPosition", "Hamas")}),
    # two titled names misparsed as one ("al-Sisi" a modifier of "Mohamud") are both the object
    ("Eritrean President Isaias Afwerki hosted Egyptian President Abdel Fattah al-Sisi and Somali President "
     "Hassan Sheikh Mohamud in Asmara last October.",
     {("AbdelFattahElSisi", "meetsWith", "IsaiasAfwerki"), ("HassanSheikhMohamud", "meetsWith", "IsaiasAfwerki")}),
    # a threat's own act names the threatened; a descriptor noun names the body it describes
    ("Hamas threatened to resume rocket fire on towns in Israel.", {("Hamas", "threatens", "Israel")}),
    ("President Bill Clinton has imposed sanctions on the Taliban religious faction that controls Afghanistan.",
     {("BillClinton", "sanctions", "Taliban")}),
    # an announced act of cooperation is also a pledge to cooperate (CAMEO 03x)
    ("Finland will give Tanzania a grant of 580 million shillings.",
     {("Finland", "providesAidTo", "Tanzania"), ("Finland", "expressesIntentToCooperateWith", "Tanzania")}),
    ("Modi will meet Xi Jinping next week.", {("NarendraModi", "expressesIntentToCooperateWith", "XiJinping")}),
    # refusing to answer a demand rejects whoever made it
    ("Ismail Haniyeh has refused to respond to a demand from the US President to adhere to the peace deals.",
     {("IsmailHaniyeh", "rejects", "UnitedStates")}),
    ("French President Jacques Chirac issued a stern reminder to Iraq that it must cooperate with UN inspectors.",
     {("JacquesChirac", "demands", "Iraq")}),
    # a mediation mission or effort meets the parties; "leaders of Romania's government" stand for Romania
    ("Arab League Secretary General Chadli Klibi undertook a mediation mission between Syria and the PLO.",
     {("ChadliKlibi", "meetsWith", "Syria"), ("ChadliKlibi", "meetsWith", "PalestineLiberationOrganization")}),
    ("French National Assembly president Laurent Fabius held talks with leaders of Romania's new government.",
     {("LaurentFabius", "meetsWith", "Romania")}),
    # a group word after a demonym makes the country's group, whatever noun follows
    ("President Yoweri Museveni has threatened to ban Ugandan opposition candidates from the elections.",
     {("YoweriMuseveni", "threatens", "OppositionUganda")}),
    ("Turkish forces shelled Syrian rebel positions near Idlib.", {("Turkey", "attacked", "RebelsSyria")}),
    # British and American spellings of a title are one office
    ("Defence Minister Khawaja Asif spoke.", {("KhawajaAsif", "holdsPosition", "Pakistan")}),
    # the people of a country demonstrate, not its state; students "throughout" a country are its group
    ("Thousands of Kenyans rallied in Nairobi to protest against the government of President William Ruto.",
     {("KenyansKenya", "protestsAgainst", "Kenya")}),
    ("Palestinians protested against Israeli settlements in the West Bank.",
     {("PalestiniansPalestine", "protestsAgainst", "Israel")}),
    ("Tens of thousands of students throughout Indonesia staged demonstrations to demand reforms from "
     "President Suharto's government.", {("StudentsIndonesia", "protestsAgainst", "Suharto")}),
    # hyphenated pairs name both parties: "US-China talks", "the Israel-Hamas war" (a clash both ways)
    ("The US-China trade talks resumed in Geneva on Monday.", {("China", "meetsWith", "UnitedStates")}),
    ("The India-Pakistan ceasefire has largely held since May.", {("India", "signsAgreementWith", "Pakistan")}),
    ("The Israel-Hamas war has killed tens of thousands of people.",
     {("Hamas", "clashedWith", "Israel"), ("Israel", "clashedWith", "Hamas")}),
    # blocking a statement or a bid rejects its author (CAMEO 12x), it is no attack
    ("Russia blocked a UN Security Council statement on the violence.",
     {("Russia", "rejects", "UnitedNationsSecurityCouncil")}),
    ("Hungary blocked Ukraine's bid to join the EU.", {("Hungary", "rejects", "Ukraine")}),
    # a second call coordinated with a first is asserted like it
    ("Kurti called on NATO to reinforce KFOR and urged Washington to impose sanctions on Serbia.",
     {("AlbinKurti", "demands", "NATO"), ("AlbinKurti", "demands", "UnitedStates")}),
    # who faces or suffers an act is its target; lifting sanctions eases them (CAMEO 08x)
    ("Australia, which faced Chinese tariffs on wine and barley, welcomed the move.",
     {("China", "sanctions", "Australia")}),
    ("Ukraine suffered heavy Russian missile attacks overnight.", {("Russia", "attacked", "Ukraine")}),
    ("The United States lifted sanctions on Syria.", {("UnitedStates", "concedesTo", "Syria")}),
    # condemning the cooperation between two states criticises both; a war against X is waged on X
    ("The United States and Japan condemned the military cooperation between Pyongyang and Moscow.",
     {("UnitedStates", "criticizesOrAccuses", "NorthKorea"), ("UnitedStates", "criticizesOrAccuses", "Russia"),
      ("Japan", "criticizesOrAccuses", "NorthKorea"), ("Japan", "criticizesOrAccuses", "Russia")}),
    ("North Korea sent troops to support Moscow's war against Ukraine.", {("Russia", "clashedWith", "Ukraine")}),
    # an attack may strike a place
    ("Russian forces shelled Zaporizhzhia.", {("Russia", "attacked", "Zaporizhzhia")}),
    # a person whose first name is a town keeps the name (only a state's name or demonym starts a title)
    ("Kenyan President William Ruto met Goma Kabila in Nairobi on Monday.", {("GomaKabila", "meetsWith", "WilliamRuto")}),
    # a reported "has to" is a demand on whoever has to act
    ("EU foreign policy chief Kaja Kallas said Belgrade had to hand over the gunmen.",
     {("KajaKallas", "demands", "Serbia")}),
    # "the X region" names the place; the model's lemma of "retook" is fixed through the attribute ruler
    ("Azerbaijan retook the Nagorno-Karabakh region in a lightning offensive in 2023.",
     {("Azerbaijan", "attacked", "NagornoKarabakh")}),
    # "in a call with X, Y said": Y took part; "joined X in sanctioning": both sanction
    ("In a phone call with Turkish President Recep Tayyip Erdogan, Putin discussed the war in Ukraine.",
     {("RecepTayyipErdogan", "meetsWith", "VladimirPutin")}),
    ("Britain has joined the United States in sanctioning Russian oil firms.",
     {("UnitedKingdom", "sanctions", "Russia"), ("UnitedStates", "sanctions", "Russia")}),
    # verbal hits: hitting back, lashing out, taking aim, pushing back, a label, concern over a holder's act
    ("China hit back at the United States over the tariffs.", {("China", "criticizesOrAccuses", "UnitedStates")}),
    ("Erdogan lashed out at Israel over the strikes in Gaza.", {("RecepTayyipErdogan", "criticizesOrAccuses", "Israel")}),
    ("Trump took aim at Canada over its dairy tariffs.", {("DonaldTrump", "criticizesOrAccuses", "Canada")}),
    ("Beijing pushed back against Manila's claims in the South China Sea.",
     {("China", "criticizesOrAccuses", "Philippines")}),
    ("Tokyo called Beijing's move a provocation.", {("Japan", "criticizesOrAccuses", "China")}),
    ("The European Union voiced concern over China's military drills near Taiwan.",
     {("EuropeanUnion", "criticizesOrAccuses", "China")}),
    ("Seoul expressed regret over Tokyo's decision.", {("SouthKorea", "criticizesOrAccuses", "Japan")}),
    # holding responsible and pointing the finger accuse; backing a bid and siding with back; acting "by" doing
    ("Kyiv held Moscow responsible for the attack.", {("Ukraine", "criticizesOrAccuses", "Russia")}),
    ("Pakistan pointed the finger at India for the bombing.", {("Pakistan", "criticizesOrAccuses", "India")}),
    ("France backed Germany's bid for a seat on the Security Council.", {("France", "partnersWith", "Germany")}),
    ("Hungary sided with Russia in the dispute.", {("Hungary", "partnersWith", "Russia")}),
    ("Moscow retaliated against the sanctions by expelling German diplomats.",
     {("Russia", "reducesRelationsWith", "Germany")}),
    # traded accusations or threats go both ways; a force posture aimed at a state also threatens it
    ("India and Pakistan traded accusations over the attack.",
     {("India", "criticizesOrAccuses", "Pakistan"), ("Pakistan", "criticizesOrAccuses", "India")}),
    ("Washington and Tehran exchanged threats on Monday.",
     {("UnitedStates", "threatens", "Iran"), ("Iran", "threatens", "UnitedStates")}),
    ("The United States deployed warships off the coast of Venezuela.",
     {("UnitedStates", "mobilizesAgainst", "Venezuela"), ("UnitedStates", "threatens", "Venezuela")}),
    # training, equipping and arming a force is aid to it
    ("Germany will train Ukrainian pilots on F-16 jets.", {("Germany", "providesAidTo", "Ukraine")}),
    ("Iran has armed the Houthis for years.", {("Iran", "providesAidTo", "Houthis")}),
    # two states' forces named by coordinated demonyms are each state's; a subject hung on the auxiliary
    ("The Chinese and Russian navies held joint drills in the Sea of Japan.",
     {("China", "cooperatesMilitarilyWith", "Russia")}),
    ("Egypt and Qatar are mediating between Israel and Hamas.",
     {("Egypt", "meetsWith", "Israel"), ("Israel", "meetsWith", "Qatar"), ("Hamas", "meetsWith", "Israel")}),
    # fighters loyal to a group are the group's
    ("Israeli forces arrested fighters loyal to Hamas.", {("Israel", "arrested", "Hamas")}),
    ("Pakistan's army said it had killed 30 militants belonging to the Pakistani Taliban.",
     {("ArmyPakistan", "attacked", "TehrikITalibanPakistan")}),
    ("Japan's coast guard expelled Chinese vessels from its waters.", {("CoastGuardJapan", "reducesRelationsWith", "China")}),
    # membership stated by "as a member", "make up", "made up of"
    ("Indonesia was admitted as a full member of BRICS in January.", {("Indonesia", "memberOf", "BRICS")}),
    ("NATO welcomed Finland as its 31st member in April.", {("Finland", "memberOf", "NATO")}),
    ("India, Australia, Japan and the United States make up the Quad.",
     {("India", "memberOf", "Quad"), ("Australia", "memberOf", "Quad"), ("Japan", "memberOf", "Quad"),
      ("UnitedStates", "memberOf", "Quad")}),
    ("The Quad is made up of India, Australia, Japan and the United States.",
     {("India", "memberOf", "Quad"), ("UnitedStates", "memberOf", "Quad")}),
    # a list the parser reads as a name and its apposition is still one list, for "their" too
    ("Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.",
     {("Mali", "reducesRelationsWith", "EconomicCommunityOfWestAfricanStates"),
      ("BurkinaFaso", "reducesRelationsWith", "EconomicCommunityOfWestAfricanStates"),
      ("Niger", "reducesRelationsWith", "EconomicCommunityOfWestAfricanStates")}),
    # demands: telling someone to act, wanting them to, appealing to them, calling for them to
    ("Beijing told Manila to withdraw its ship from the shoal.", {("China", "demands", "Philippines")}),
    ("Washington wants Beijing to curb its exports of fentanyl precursors.", {("UnitedStates", "demands", "China")}),
    ("Kyiv appealed to Berlin to send Taurus missiles.", {("Ukraine", "demands", "Germany")}),
    ("The Philippines called for China to respect the 2016 arbitral ruling.", {("Philippines", "demands", "China")}),
    # force one's own side could or would use, held out in a warning, is a threat made
    # (the threat of one's own side's force is its speaker's, as event coders credit it)
    ("Erdogan warned that Turkey could launch a new incursion into northern Syria.",
     {("RecepTayyipErdogan", "threatens", "Syria")}),
    ("Netanyahu said Israel would strike Hezbollah with great force.", {("BenjaminNetanyahu", "threatens", "Hezbollah")}),
    # an apposition states what it says outright, whatever the clause around it does
    ("China, a close ally of Pakistan, called for restraint.", {("China", "alliesWith", "Pakistan")}),
    # "memorandum of understanding with", "treaty of friendship with": the agreement's own preposition
    ("Ethiopia's memorandum of understanding with Egypt, signed in January, would give it access to the sea.",
     {("Egypt", "signsAgreementWith", "Ethiopia")}),
    ("Russia signed a treaty of friendship with North Korea.", {("NorthKorea", "signsAgreementWith", "Russia")}),
    ("Israel signed the Abraham Accords with the UAE.", {("Israel", "signsAgreementWith", "UnitedArabEmirates")}),
    ("The United States, which has conducted military flights with Guyana's armed forces, backed a peaceful resolution.",
     {("Guyana", "cooperatesMilitarilyWith", "UnitedStates")}),
    # the ministers of both countries are of each; a gerund after "after" shares its verb's subject
    ("India and Pakistan clashed again. U.S. Secretary of State Marco Rubio spoke with the foreign ministers of both "
     "countries.", {("India", "meetsWith", "MarcoRubio"), ("MarcoRubio", "meetsWith", "Pakistan")}),
    ("Ethiopia and Somalia agreed to talks. Turkish President Tayyip Erdogan spoke after hosting the two countries' "
     "leaders.", {("Ethiopia", "meetsWith", "RecepTayyipErdogan"), ("RecepTayyipErdogan", "meetsWith", "Somalia")}),
    # designating a state an ally or a partner makes it one
    ("In May the United States designated Kenya a major non-NATO ally.", {("Kenya", "alliesWith", "UnitedStates")}),
    ("Tokyo regards Manila as a strategic partner.", {("Japan", "partnersWith", "Philippines")}),
    # who is accused of supplying is the one who supplies
    ("Britain on Thursday imposed sanctions on four Chinese companies it accused of supplying drone components to "
     "Russia.", {("UnitedKingdom", "sanctions", "China"), ("China", "providesAidTo", "Russia")}),
    # parties pledging together pledge each other, unless what they pledge is for someone else
    ("India and the United States pledged to deepen defence cooperation.",
     {("India", "expressesIntentToCooperateWith", "UnitedStates")}),
    # revoking an accord whose own clause names the other party
    ("Niger's military government said on Saturday it was revoking with immediate effect an accord that allows U.S. "
     "military personnel to operate on its territory.", {("Niger", "reducesRelationsWith", "UnitedStates")}),
    # "the junta" takes up a military government named before
    ("Niger's military government revoked the accord. The junta has already expelled French forces.",
     {("Niger", "reducesRelationsWith", "France")}),
    # turning to a state for support partners with it; its military instructors arriving aid the host
    ("The junta in Niger has expelled French forces and turned to Russia for security support.",
     {("JuntaNiger", "partnersWith", "Russia")}),
    ("Russian military instructors arrived in Niamey last week with an air defence system.",
     {("Russia", "providesAidTo", "Niger")}),
    # a title's holder whose name the tagger ran together with the portfolio
    ("Assistant Secretary of State for African Affairs Molly Phee met Nigerien officials.",
     {("MollyPhee", "meetsWith", "Niger")}),
    # fighting along a border is between the states whose border it is; speaking to leaders meets them
    ("Thailand and Cambodia agreed to a ceasefire after five days of fighting along their disputed border killed at "
     "least 35 people.", {("Thailand", "clashedWith", "Cambodia"), ("Cambodia", "clashedWith", "Thailand")}),
    ("Clashes on the Thai-Cambodian border killed 12 people.", {("Thailand", "clashedWith", "Cambodia")}),
    ("Thailand and Cambodia agreed to a ceasefire. Trump said he had spoken to both leaders.",
     {("DonaldTrump", "meetsWith", "Thailand"), ("Cambodia", "meetsWith", "DonaldTrump")}),
    # a denial after a semicolon is its own statement: the recall before it stands
    ("Thailand accused Cambodia of laying new mines and recalled its ambassador from Phnom Penh; Cambodia denied the "
     "charge.", {("Thailand", "criticizesOrAccuses", "Cambodia"), ("Thailand", "reducesRelationsWith", "Cambodia")}),
    # closing or withdrawing an embassy or a mission, leaving a deal with a state, reduces relations with it
    ("Britain closed its embassy in Kyiv.", {("UnitedKingdom", "reducesRelationsWith", "Ukraine")}),
    ("Canada withdrew its diplomatic mission to Iran.", {("Canada", "reducesRelationsWith", "Iran")}),
    ("Russia withdrew from the grain deal with Ukraine.", {("Russia", "reducesRelationsWith", "Ukraine")}),
    ("The United States pulled out of the nuclear deal with Iran.", {("UnitedStates", "reducesRelationsWith", "Iran")}),
    # drills and patrols: held together they are cooperation, held around a state a force posture that threatens it
    ("Chinese and Russian bombers flew joint patrols near Japan.", {("China", "cooperatesMilitarilyWith", "Russia")}),
    ("The US and Philippine militaries held their largest Balikatan drills with Australia.",
     {("Australia", "cooperatesMilitarilyWith", "UnitedStates"), ("Australia", "cooperatesMilitarilyWith", "Philippines")}),
    ("China launched large-scale military exercises around Taiwan on Monday.",
     {("China", "mobilizesAgainst", "Taiwan"), ("China", "threatens", "Taiwan")}),
    # calling: on someone to act is a demand, someone (on the phone) a meeting, something a name a criticism
    ("Rubio called his Indian counterpart on Monday.", {("India", "meetsWith", "MarcoRubio")}),
    ("Trump called Zelensky a dictator.", {("DonaldTrump", "criticizesOrAccuses", "VolodymyrZelensky")}),
    ('Prime Minister Justin Trudeau called the U.S. move "a very dumb thing to do."',
     {("JustinTrudeau", "criticizesOrAccuses", "UnitedStates")}),
    # tariffs on a state's imports are on the state; who is hit by tariffs is their target
    ("China imposed tariffs on imports of U.S. farm goods.", {("China", "sanctions", "UnitedStates")}),
    ("Canada, also hit by Trump's tariffs, announced retaliatory duties.", {("DonaldTrump", "sanctions", "Canada")}),
    # an attack with no named target fell where it fell; a place captured is attacked, a ship seized is not
    ("Israeli airstrikes killed dozens of people in Gaza overnight.", {("Israel", "attacked", "GazaStrip")}),
    ("Ukrainian drones hit an oil refinery in Russia's Ryazan region.", {("Ukraine", "attacked", "Russia")}),
    ("Pakistan carried out airstrikes inside Afghanistan.", {("Pakistan", "attacked", "Afghanistan")}),
    ("The M23 rebels seized Goma, the largest city in eastern Congo.", {("M23", "attacked", "Goma")}),
    ("Russian forces captured the town of Avdiivka.", {("Russia", "attacked", "Avdiivka")}),
    ("Iran seized a British tanker.", {("Iran", "arrested", "UnitedKingdom")}),
    # a reported call to refrain is a demand made; calling a state a partner names a partnership
    ("China's foreign ministry said Japan and Britain should not target third parties.",
     {("ForeignMinistryChina", "demands", "Japan"), ("ForeignMinistryChina", "demands", "UnitedKingdom")}),
    ("Sunak called Japan one of Britain's closest security partners in Asia.", {("Japan", "partnersWith", "UnitedKingdom")}),
    # a title written without its hyphen is the same office ("Secretary General" = "Secretary-General")
    ("Secretary General Antonio Guterres praised the deal.", {("AntonioGuterres", "holdsPosition", "UnitedNations")}),
    ("China fired missiles near Taiwan. Japan warned that such actions would have consequences for China.",
     {("Japan", "threatens", "China")}),
    # a trilateral summit's parties all meet each other
    ("Marcos met with leaders of Japan and the United States for a historic trilateral summit.",
     {("Japan", "meetsWith", "UnitedStates"), ("FerdinandMarcosJr", "meetsWith", "Japan")}),
    # gapping: "with A in 2022 and B in 2023" repeats the verb for B
    ("India signed similar agreements with France in 2019 and Germany in 2021.",
     {("France", "signsAgreementWith", "India"), ("Germany", "signsAgreementWith", "India")}),
    # a message delivered in person is a meeting, not aid
    ("A visiting U.S. delegation delivered the message directly to the Solomon Islands' leadership.",
     {("SolomonIslands", "meetsWith", "UnitedStates")}),
    # criticising "X's detention" criticises whoever was said to have detained X, not X
    ("Ecuadorian police arrested former vice president Jorge Glas in the embassy. Mexico's president fired back, "
     "calling Glas' detention an authoritarian act.", {("Mexico", "criticizesOrAccuses", "PoliceEcuador")}),
    # a hope or plan to deepen trade, or ties stated of two parties together, is an intent to cooperate
    ("Brazil said it hoped to deepen trade with China.", {("Brazil", "expressesIntentToCooperateWith", "China")}),
    ("China and Russia will strengthen their ties.",
     {("China", "expressesIntentToCooperateWith", "Russia"), ("Russia", "expressesIntentToCooperateWith", "China")}),
    # backing or welcoming a decision supports whoever took it
    ("Prime Minister Donald Tusk said Poland would close its last border crossing with Belarus. Lithuania and Latvia, "
     "which also border Belarus, backed the decision.", {("Lithuania", "partnersWith", "Poland"), ("Latvia", "partnersWith", "Poland")}),
    ("China expelled two Japanese diplomats. Russia welcomed the decision.", {("Russia", "supports", "China")}),
    ("Turkey has been a NATO member since 1952.", {("Turkey", "memberOf", "NATO")}),
    # turning down or ignoring a state's offer or call rejects it; accepting or agreeing to its offer is an intent
    ("Hamas turned down Israel's latest ceasefire offer.", {("Hamas", "rejects", "Israel")}),
    ("North Korea ignored South Korea's calls for dialogue.", {("NorthKorea", "rejects", "SouthKorea")}),
    ("Venezuela accepted Brazil's offer to mediate.", {("Venezuela", "expressesIntentToCooperateWith", "Brazil")}),
    ("Israel agreed to a US proposal for a ceasefire in Gaza.",
     {("Israel", "expressesIntentToCooperateWith", "UnitedStates")}),
    # troops pulling back from or leaving a state retreat from it; handing villages back concedes them
    ("Russian troops pulled back from the outskirts of Kyiv.", {("Russia", "retreatsFrom", "Ukraine")}),
    ("French troops left Niger in December.", {("France", "retreatsFrom", "Niger")}),
    ("Armenia handed four villages back to Azerbaijan.", {("Armenia", "concedesTo", "Azerbaijan")}),
    # a people's protest at a policy nobody is named for is aimed at its own state
    ("Thousands of Bangladeshi students protested against job quotas in Dhaka.",
     {("StudentsBangladesh", "protestsAgainst", "Bangladesh")}),
    ("Palestinians protested against Israel's settlement expansion.", {("PalestiniansPalestine", "protestsAgainst", "Israel")}),
    # people given no nationality, arrested or fired on by a state's forces, are that state's own
    ("Iranian police arrested hundreds of protesters.", {("PoliceIran", "arrested", "ProtestersIran")}),
    ("Sudanese security forces opened fire on demonstrators in Khartoum.", {("Sudan", "attacked", "DemonstratorsSudan")}),
    # the state of police named by their capital comes from the gazetteer (this crashed once)
    ("Police in Dhaka arrested opposition activists.", {("PoliceBangladesh", "arrested", "ActivistsBangladesh")}),
    # a body that suspends or expels a member, told in the passive
    ("Russia was suspended from the Council of Europe.", {("CouncilOfEurope", "reducesRelationsWith", "Russia")}),
    # unnamed members of a body act as the body; pausing cooperation with a state reduces relations
    ("The seven Western members of the Arctic Council paused their cooperation with Russia.",
     {("ArcticCouncil", "reducesRelationsWith", "Russia")}),
    ("Canada and Norway suspended all council activities involving Russia.",
     {("Canada", "reducesRelationsWith", "Russia"), ("Norway", "reducesRelationsWith", "Russia")}),
    ("Sudan declared the UAE an aggressor state.", {("Sudan", "criticizesOrAccuses", "UnitedArabEmirates")}),
    # a warned response is a threat made, aimed at whoever the response would answer
    ("Iran warned that it would respond forcefully to any Israeli attack.", {("Iran", "threatens", "Israel")}),
    # (said of one's own side by its leader, the threat is the leader's: the speaker convention of event coders)
    ("India will retaliate against Pakistan for the attack, Modi said.", {("NarendraModi", "threatens", "Pakistan")}),
    # a threat with no party of its own is aimed at the one the coordinated verb acted on
    ("The Chinese coast guard fired water cannon at a Philippine vessel and threatened further action.",
     {("ChinaCoastGuard", "threatens", "Philippines"), ("ChinaCoastGuard", "attacked", "Philippines")}),
    # "his foreign minister, X": the post is in the state of the leader named before
    ("Colombian President Gustavo Petro and his foreign minister, Luis Gilberto Murillo, spoke on Sunday.",
     {("LuisGilbertoMurillo", "holdsPosition", "Colombia")}),
    # a capital that speaks for its government anywhere in the article names the state where it is a place too
    ("Islamabad accuses Kabul of harbouring militants. Pakistani jets struck targets in Kabul last week.",
     {("Pakistan", "criticizesOrAccuses", "Afghanistan"), ("Pakistan", "attacked", "Afghanistan")}),
    # mediators of the talks after which the parties agreed meet each party
    ("Afghanistan and Pakistan agreed to an immediate ceasefire after talks in Doha mediated by Qatar and Turkey.",
     {("Afghanistan", "meetsWith", "Qatar"), ("Pakistan", "meetsWith", "Turkey"),
      ("Afghanistan", "signsAgreementWith", "Pakistan")}),
    ("It was the worst violence between Afghanistan and Pakistan since 2021.",
     {("Afghanistan", "clashedWith", "Pakistan"), ("Pakistan", "clashedWith", "Afghanistan")}),
    # the passive of a relative clause acts on the noun the clause hangs on
    ("The Arctic Council, which is currently chaired by Russia, paused its work.",
     {("Russia", "memberOf", "ArcticCouncil")}),
    # what a pause was made in protest at is not paused; the protest is at the invader, not its victim
    ("Norway paused its work in protest at Moscow's invasion of Ukraine.",
     {("Russia", "attacked", "Ukraine"), ("Norway", "criticizesOrAccuses", "Russia")}),
    # agreeing to work together is a stated intent of each party, not a signed agreement
    ("India and the United Kingdom agreed to work towards a bilateral investment treaty.",
     {("India", "expressesIntentToCooperateWith", "UnitedKingdom"),
      ("UnitedKingdom", "expressesIntentToCooperateWith", "India")}),
    ("Modi said India looked forward to working with China.",
     {("NarendraModi", "expressesIntentToCooperateWith", "China")}),
    ("Russia said it was open to talks with Ukraine.", {("Russia", "expressesIntentToCooperateWith", "Ukraine")}),
    ("The UK government summoned the Chinese ambassador and demanded an explanation.",
     {("UnitedKingdom", "criticizesOrAccuses", "China"), ("UnitedKingdom", "demands", "China")}),
    # a known surname the tagger ran into a longer name ("Modi to Downing Street" as one ORG) is the person
    ("Starmer welcomed Modi to Downing Street.", {("KeirStarmer", "meetsWith", "NarendraModi")}),
    # sanctions on a state's body or officials fall on the state; revoking visas is a sanction
    ("Washington imposed sanctions on Turkey's defence procurement agency under CAATSA.",
     {("UnitedStates", "sanctions", "Turkey")}),
    ("The US revoked the visas of Colombian officials.", {("UnitedStates", "sanctions", "Colombia")}),
    # a bounty or reward offered for a leader's arrest is the coercion itself
    ("The US offered a $50 million reward for Maduro's arrest.", {("UnitedStates", "coercesOrArrests", "NicolasMaduro")}),
    ("The United States put a bounty on Maduro.", {("UnitedStates", "coercesOrArrests", "NicolasMaduro")}),
    # a state body reporting a charge it attributes to no one made it
    ("Chi Leung Wai and Matthew Trickett were charged under the National Security Act, the Metropolitan Police said.",
     {("MetropolitanPoliceService", "charged", "ChiLeungWai"), ("MetropolitanPoliceService", "charged", "MatthewTrickett")}),
    # ... but penalties imposed on a state, and a range of missiles fired, are what they say
    ("The EU imposed penalties on Russian banks.", {("EuropeanUnion", "sanctions", "Russia")}),
    ("Russia fired 4-5 missiles at Kyiv.", {("Russia", "attacked", "Kyiv")}),
    # the tagger's longer name of a body the gazetteer knows by a shorter one
    ("Chinese hackers breached the networks of the US Treasury Department.",
     {("China", "spiesOn", "USDepartmentOfTheTreasury")}),
    # places: "a city in", "the capital of", "lies within"
    ("Kazan, a city in Russia, hosted the BRICS summit.", {("Kazan", "locatedIn", "Russia")}),
    ("The talks were held in Doha, the capital of Qatar.", {("Doha", "locatedIn", "Qatar")}),
    ("Second Thomas Shoal, in the Spratly Islands, lies within the Philippines' exclusive economic zone.",
     {("SecondThomasShoal", "locatedIn", "Philippines")}),
    ("Afghanistan and Pakistan agreed to an immediate ceasefire early on Sunday after talks in Doha mediated by "
     "Qatar and Turkey, Qatar's foreign ministry said.",
     {("Afghanistan", "meetsWith", "Qatar"), ("Pakistan", "meetsWith", "Turkey")}),
    # the eval guidelines' threats: "will not tolerate", "reserves the right to respond", targets named,
    # sanctions a state "will face"
    ("China said it would not tolerate any provocation by the Philippines.", {("China", "threatens", "Philippines")}),
    ("Iran reserves the right to respond to Israel's aggression, its foreign minister said.",
     {("Iran", "threatens", "Israel")}),
    ("The Houthis warned that American ships would be legitimate targets.", {("Houthis", "threatens", "UnitedStates")}),
    ("Turkey will face sanctions if it activates the S-400, the State Department warned.",
     {("USDepartmentOfState", "threatens", "Turkey")}),
    # members listed after "has N members:", and "among the members"
    ("The Arctic Council has eight members: Canada, Denmark, Finland and Russia.",
     {("Canada", "memberOf", "ArcticCouncil"), ("Russia", "memberOf", "ArcticCouncil")}),
    ("Egypt and Ethiopia are among the new BRICS members.",
     {("Egypt", "memberOf", "BRICS"), ("Ethiopia", "memberOf", "BRICS")}),
    # a denial of the whole accusation ("..., which Islamabad denied") answers the accuser
    ("India accused Pakistan of backing the attackers, which Islamabad denied.",
     {("India", "criticizesOrAccuses", "Pakistan"), ("Pakistan", "criticizesOrAccuses", "India")}),
    # a leader's unnamed minister acts for the leader's state
    ("Colombian President Gustavo Petro said he would retaliate. Petro responded by ordering his trade minister "
     "to raise tariffs on U.S. imports by 25%.", {("Colombia", "sanctions", "UnitedStates")}),
    # the sharing of intelligence paused; pausing participation in a body's work implies membership
    ("Washington has paused the sharing of intelligence with Kyiv.", {("UnitedStates", "reducesRelationsWith", "Ukraine")}),
    ("Canada and Norway said they were pausing participation in the work of the Arctic Council.",
     {("Canada", "memberOf", "ArcticCouncil"), ("Norway", "memberOf", "ArcticCouncil"),
      ("Canada", "reducesRelationsWith", "ArcticCouncil"), ("Norway", "reducesRelationsWith", "ArcticCouncil")}),
    # talks that stopped had taken place
    ("Talks between Russia and Ukraine stopped in April.", {("Russia", "meetsWith", "Ukraine")}),
    # a hostile act announced on a condition is a threat made
    ("Russia will expel British diplomats if London does not apologise, the foreign ministry said.",
     {("Russia", "threatens", "UnitedKingdom")}),
    # an attempted intrusion is an intrusion; breaking into a body's networks is espionage, not a break of ties
    ("North Korea tried to hack into the computers of South Korean officials.", {("NorthKorea", "spiesOn", "SouthKorea")}),
    ("Russian hackers broke into the networks of the German parliament.", {("Russia", "spiesOn", "ParliamentGermany")}),
    # agreeing to take back deportees, or being committed to a ceasefire with a state, is an intent
    ("Colombia agreed to accept deportees from the United States.",
     {("Colombia", "expressesIntentToCooperateWith", "UnitedStates")}),
    ("Afghanistan said it was committed to the ceasefire with Pakistan.",
     {("Afghanistan", "expressesIntentToCooperateWith", "Pakistan")}),
    ("Starmer welcomed Modi to Chequers.", {("KeirStarmer", "meetsWith", "NarendraModi")}),
    # a bare government title: the state the article gave the same title before, or the only state it names
    ("Thailand's acting prime minister warned of war. Acting Prime Minister Phumtham Wechayachai said Thailand "
     "would defend itself.", {("PhumthamWechayachai", "holdsPosition", "Thailand")}),
    ("The Colombian government rejected the flights. Foreign Minister Luis Gilberto Murillo said Colombia would "
     "send planes.", {("LuisGilbertoMurillo", "holdsPosition", "Colombia")}),
    # employees: an age before the job, "who works for", "works as ... for"
    ("Chung Biu Yuen, 63, an office manager at the Hong Kong Economic and Trade Office in London, was charged.",
     {("ChungBiuYuen", "holdsPosition", "HongKongEconomicAndTradeOffice")}),
    ("Peter Wai, 38, who works for Border Force, was also charged.", {("PeterWai", "holdsPosition", "BorderForce")}),
    # ties cut with no one named answer whoever last acted against the one cutting them; diplomats withdrawn
    ("India expelled a Pakistani diplomat. Pakistan cut ties in response.",
     {("India", "reducesRelationsWith", "Pakistan"), ("Pakistan", "reducesRelationsWith", "India")}),
    ("Cambodia withdrew its diplomats from Thailand.", {("Cambodia", "reducesRelationsWith", "Thailand")}),
    # restoring ties and opening an embassy are diplomatic support (CAMEO 05, PLOVER SUPPORT); "the Emirates"
    ("Saudi Arabia restored diplomatic relations with Iran.", {("SaudiArabia", "supports", "Iran")}),
    ("The United States reopened its embassy in Kyiv.", {("UnitedStates", "supports", "Ukraine")}),
    ("Qatar launched a mediation effort between the Emirates and Saudi Arabia.",
     {("Qatar", "meetsWith", "UnitedArabEmirates"), ("Qatar", "meetsWith", "SaudiArabia")}),
    # forcing people from their homes is coercion; a part of an aid programme is the programme's
    ("The Israeli army forced more than 1,000 Palestinian refugees out of their homes.",
     {("ArmyIsrael", "coercesOrArrests", "Palestine")}),
    ("The United States suspended part of its military aid program for Bosnia.",
     {("UnitedStates", "reducesRelationsWith", "BosniaAndHerzegovina")}),
    # a withdrawal held over a state unless it complies is a threat
    ("Nigeria announced that it will withdraw its peacekeepers from Chad unless the president arranged a ceasefire.",
     {("Nigeria", "threatens", "Chad")}),
    # hours given to leave expel; a decision labelled "unfounded" is criticised; "X and its minister" is X's
    ("Niger gave the French ambassador 48 hours to leave.", {("Niger", "reducesRelationsWith", "France")}),
    ('Ebrard later called Peru\'s decision "unfounded and reprehensible".', {("MarceloEbrard", "criticizesOrAccuses", "Peru")}),
    ("The U.S. Treasury Department imposed sanctions on Iran's Ministry of Intelligence and Security (MOIS) and its "
     "minister, Esmail Khatib.", {("EsmailKhatib", "holdsPosition", "MinistryOfIntelligenceAndSecurityIran")}),
    # a person who chairs or presides over a body holds a post in it; states are its members
    ("The talks were hosted by Prime Minister Ralph Gonsalves, who holds the rotating presidency of the Community of "
     "Latin American and Caribbean States.",
     {("RalphGonsalves", "holdsPosition", "CommunityOfLatinAmericanAndCaribbeanStates")}),
    # places: a dateline that writes out its country, "an Algerian town", "the Algerian city of"
    ("ARGYLE, St Vincent and the Grenadines (Reuters) - Venezuela and Guyana agreed not to use force.",
     {("Argyle", "locatedIn", "SaintVincentAndTheGrenadines")}),
    ("The drone crashed near Tinzaouatine, an Algerian town.", {("Tinzaouatine", "locatedIn", "Algeria")}),
    ("The drone took off from the Algerian city of Tamanrasset.", {("Tamanrasset", "locatedIn", "Algeria")}),
    # concern and alarm at a state's acts criticise it; a possibility left open is an intent; applying to join
    ("Washington is alarmed by North Korea's missile launches.", {("UnitedStates", "criticizesOrAccuses", "NorthKorea")}),
    ("Hayashi said Tokyo was gravely concerned that Russia had not ruled out military cooperation with the North.",
     {("YoshimasaHayashi", "criticizesOrAccuses", "Russia")}),
    ("Iran did not rule out talks with the United States.", {("Iran", "expressesIntentToCooperateWith", "UnitedStates")}),
    ("Finland applied to join NATO in May 2022.", {("Finland", "expressesIntentToCooperateWith", "NATO")}),
    ("Finnish Foreign Minister Pekka Haavisto handed the accession documents to U.S. Secretary of State Antony Blinken.",
     {("AntonyBlinken", "meetsWith", "PekkaHaavisto")}),
    # designations as a threat or a terrorist group accuse
    ("Sweden cracked down on the Kurdistan Workers' Party, which Ankara considers a terrorist group.",
     {("Turkey", "criticizesOrAccuses", "KurdistanWorkersParty")}),
    ("The United States designated the Houthis a terrorist organisation.", {("UnitedStates", "criticizesOrAccuses", "Houthis")}),
    ("Russia considers NATO a threat.", {("Russia", "criticizesOrAccuses", "NATO")}),
    # guests hosted together, or met "then together", meet each other; "Kremlin critic X" criticises
    ("Anwar Ibrahim hosted Cambodian Prime Minister Hun Manet and Thailand's acting premier Phumtham Wechayachai.",
     {("HunManet", "meetsWith", "PhumthamWechayachai")}),
    ("Kremlin critic Vladimir Kara-Murza was freed.", {("VladimirKaraMurza", "criticizesOrAccuses", "Russia")}),
    # a call for restraint naming no one is addressed to the sides of the fighting just reported
    ("Israel struck Iranian nuclear sites. The European Union called for restraint.",
     {("EuropeanUnion", "demands", "Israel"), ("EuropeanUnion", "demands", "Iran")}),
    # a drone shot down is an attack; a name before a bracketed acronym takes the clause after it
    ("Algeria shot down a Malian military drone near the border.", {("Algeria", "attacked", "Mali")}),
    ("Erdogan accused Stockholm of harbouring members of the Kurdistan Workers' Party (PKK), which Ankara considers "
     "a terrorist group.", {("Turkey", "criticizesOrAccuses", "KurdistanWorkersParty")}),
    ('"The destruction of the drone is an aggression," the Alliance of Sahel States (AES), the confederation that '
     'groups Mali, Burkina Faso and Niger, said.', {("Mali", "memberOf", "AllianceOfSahelStates"),
                                                   ("Niger", "memberOf", "AllianceOfSahelStates")}),
    ("Putin shook hands with Xi in Beijing.", {("VladimirPutin", "meetsWith", "XiJinping")}),
    # outrage over X's arrest is at whoever arrested X
    ("Russia arrested Evan Gershkovich in March. The United States voiced outrage over Gershkovich's arrest.",
     {("UnitedStates", "criticizesOrAccuses", "Russia")}),
    # hitting back at a capital criticises its state; a decision called a provocation is criticised
    ("Beijing hit back at Washington, saying it was interfering in China's internal affairs.",
     {("China", "criticizesOrAccuses", "UnitedStates")}),
    ("Serbia said Kosovo's decision was a provocation.", {("Serbia", "criticizesOrAccuses", "Kosovo")}),
    # an envoy summoned or expelled stands for the state in the title before the name
    ("Poland expelled Russian Ambassador Sergey Andreev.", {("Poland", "reducesRelationsWith", "Russia")}),
    ("Japan summoned Chinese Ambassador Wu Jianghao to protest.", {("Japan", "criticizesOrAccuses", "China")}),
    # a bare title takes the one state of the sentence before it; a bare spokesman the body just named
    ("Moscow reacted swiftly. Kremlin spokesman Dmitry Peskov said NATO was a threat. Deputy Foreign Minister "
     "Alexander Grushko said Finland would regret it.", {("AlexanderGrushko", "holdsPosition", "Russia")}),
    ("Seoul reacted angrily. National security adviser Chang Ho-jin said the country would reconsider arms "
     "supplies to Ukraine.", {("ChangHoJin", "holdsPosition", "SouthKorea")}),
    ("Iran's foreign ministry rejected the accusation from Albania as baseless. Spokesman Nasser Kanaani said "
     "Iran had been a target of cyberattacks.", {("NasserKanaani", "holdsPosition", "ForeignMinistryIran")}),
    ("The Chinese foreign ministry protested to Japan. Later, Deputy spokesman Li Wei said Japan must stop.",
     {("LiWei", "holdsPosition", "ForeignMinistryChina")}),
    # "Ambassador X" after "Mexico's ambassador"
    ("Peru declared Mexico's ambassador persona non grata. The decision against Ambassador Pablo Monroy was a "
     "response to interference.", {("PabloMonroy", "holdsPosition", "Mexico")}),
    # membership: a title parsed apart from its name, "other NATO allies", "one of the members of"
    ("Washington vowed to defend NATO ally Turkey.", {("Turkey", "memberOf", "NATO")}),
    ("Germany and other NATO allies sent tanks.", {("Germany", "memberOf", "NATO")}),
    ("Poland, like other NATO countries, raised spending.", {("Poland", "memberOf", "NATO")}),
    ("Hungary is one of the 27 members of the European Union.", {("Hungary", "memberOf", "EuropeanUnion")}),
    ("Ankara was the last of NATO's 30 members to ratify Sweden's bid.", {("Turkey", "memberOf", "NATO")}),
    # a denial of the act answers those who accused the denier; a claim the accused rejects was an accusation
    ("Britain accused Russia of the poisoning. Moscow has denied any involvement.",
     {("Russia", "criticizesOrAccuses", "UnitedKingdom")}),
    ("South Korea and the United States accuse North Korea of supplying arms to Russia. Pyongyang denies the arms "
     "transfers.", {("NorthKorea", "criticizesOrAccuses", "SouthKorea"),
                    ("NorthKorea", "criticizesOrAccuses", "UnitedStates")}),
    ("The United States said Iran had supplied drones to Russia. Tehran has denied sending weapons to Moscow.",
     {("UnitedStates", "criticizesOrAccuses", "Iran"), ("Iran", "criticizesOrAccuses", "UnitedStates")}),
    ("Poland says Belarus is pushing migrants to its border. Minsk rejects the claim.",
     {("Poland", "criticizesOrAccuses", "Belarus"), ("Belarus", "criticizesOrAccuses", "Poland")}),
    # "blasted X for": words, not weapons; leaving a body "out of"
    ("Kyiv blasted Hungary for blocking EU aid.", {("Ukraine", "criticizesOrAccuses", "Hungary")}),
    ("Trump attacked Macron over his comments on NATO.", {("DonaldTrump", "criticizesOrAccuses", "EmmanuelMacron")}),
    ("Israel hit Hezbollah for a third day.", {("Israel", "attacked", "Hezbollah")}),
    ("Argentina pulled out of BRICS.", {("Argentina", "reducesRelationsWith", "BRICS")}),
    ("Russia walked out of the Council of Europe.", {("Russia", "reducesRelationsWith", "CouncilOfEurope")}),
    # labelling an act criticises its doer: a treaty just signed, "a move" set beside a clause
    ("Russia and North Korea signed a mutual defence treaty on Wednesday. Seoul called the treaty \"a clear "
     "threat\" to its security.", {("SouthKorea", "criticizesOrAccuses", "Russia"),
                                   ("SouthKorea", "criticizesOrAccuses", "NorthKorea")}),
    ("Maduro ordered the creation of a new province in the Essequibo region, a move Georgetown called a \"direct "
     "threat\" to its territorial integrity.", {("Guyana", "criticizesOrAccuses", "NicolasMaduro")}),
    # a past tense after a reported "would" goes on with the speaker
    ("Russia and North Korea signed a defence treaty on Wednesday. Adviser Chang Ho-jin said South Korea would "
     "reconsider its policy, and called the treaty \"a clear threat\" to the country.",
     {("ChangHoJin", "criticizesOrAccuses", "Russia")}),
    # shaking hands with no "with"; the host of talks a clause hangs on meets its parties, not a title's state
    ("Putin and Xi shook hands in Beijing.", {("VladimirPutin", "meetsWith", "XiJinping")}),
    ("Maduro and Ali shook hands at the start of talks hosted by St Vincent and the Grenadines Prime Minister "
     "Ralph Gonsalves.", {("NicolasMaduro", "meetsWith", "RalphGonsalves"), ("Ali", "meetsWith", "RalphGonsalves")}),
    # an envoy summoned by title and name stands for the state; signers "with" a partner sign with it
    ("The Spanish foreign ministry summoned Morocco's ambassador, Karima Benyaich, to express its displeasure.",
     {("ForeignMinistrySpain", "criticizesOrAccuses", "Morocco")}),
    ("The UAE and Bahrain signed agreements to normalise relations with Israel on Tuesday.",
     {("Israel", "signsAgreementWith", "UnitedArabEmirates"), ("Bahrain", "signsAgreementWith", "Israel")}),
    # "the U.S. killing of Soleimani": the modifier is the killer, the "of" the one killed
    ("Moscow called the U.S. killing of Soleimani a reckless step.",
     {("Russia", "criticizesOrAccuses", "UnitedStates")}),
    # from set C: regret, shame and criticism "from" someone; anti-dumping deposits; a call is a meeting
    ("Lithuania's foreign ministry said it regretted China's decision.",
     {("ForeignMinistryLithuania", "criticizesOrAccuses", "China")}),
    ("Scott Morrison said the Chinese government should be \"utterly ashamed\" of the post.",
     {("ScottMorrison", "criticizesOrAccuses", "China")}),
    ("Kremlin spokesman Dmitry Peskov rejected criticism from Yerevan that the peacekeepers had failed.",
     {("DmitryPeskov", "criticizesOrAccuses", "Armenia")}),
    ("China's commerce ministry imposed anti-dumping deposits of up to 212% on Australian wine.",
     {("CommerceMinistryChina", "sanctions", "Australia")}),
    ("Aliyev apologised to President Vladimir Putin in a phone call on Thursday.",
     {("IlhamAliyev", "meetsWith", "VladimirPutin")}),
    # places: "is recognised as part of", "Spain's other enclave"
    ("Nagorno-Karabakh is internationally recognised as part of Azerbaijan.",
     {("NagornoKarabakh", "locatedIn", "Azerbaijan")}),
    ("Thousands crossed into Melilla, Spain's other enclave on the Moroccan coast.", {("Melilla", "locatedIn", "Spain")}),
    # an "and" hung on an apposition; a title in capitals before the name set beside it; "X and its allies"
    ("France, the former colonial power, and the European Union have suspended budget aid to Niger.",
     {("France", "reducesRelationsWith", "Niger"), ("EuropeanUnion", "reducesRelationsWith", "Niger")}),
    ("Canada's High Commissioner, Cameron MacKay, was expelled.", {("CameronMacKay", "holdsPosition", "Canada")}),
    ("Putin accused Washington and its NATO allies of helping Ukraine.", {("UnitedStates", "memberOf", "NATO")}),
    ("Beijing condemned the pact. Foreign ministry spokesman Zhao Lijian said it showed a Cold War mentality.",
     {("ZhaoLijian", "holdsPosition", "China")}),
    # a partnership the clause's subject enters, not the story's main actor
    ("France recalled its ambassadors. Canberra will instead acquire submarines under a new security partnership "
     "with Washington and London.", {("Australia", "cooperatesMilitarilyWith", "UnitedStates")}),
    # who made what is labelled; concerns raised with someone; states acting through a grouping are its members
    ("Morrison called the image, posted on Twitter by spokesman Zhao Lijian, \"truly repugnant\".",
     {("ScottMorrison", "criticizesOrAccuses", "ZhaoLijian")}),
    ("Australia said it had raised its concerns directly with Indian officials.",
     {("Australia", "criticizesOrAccuses", "India")}),
    ("Australia, the United States, Japan and India have stepped up security cooperation through the grouping "
     "known as the Quad.", {("Australia", "memberOf", "Quad"), ("India", "memberOf", "Quad")}),
    # a ministry named in a spokesman's title is the body he serves
    ("Chinese foreign ministry spokesman Zhao Lijian told a briefing that India must act.",
     {("ZhaoLijian", "holdsPosition", "ForeignMinistryChina")}),
    ("Russia's foreign ministry spokeswoman Maria Zakharova said the West was wrong.",
     {("MariaZakharova", "holdsPosition", "ForeignMinistryRussia")}),
    # a possessive in the reason for an act is the one acted on; a ministry's positions are its state's
    ("The Council of Europe expelled Russia on Wednesday over its invasion of Ukraine.",
     {("Russia", "attacked", "Ukraine")}),
    ("Armenia's defence ministry said Azerbaijani troops had opened fire on its positions.",
     {("Azerbaijan", "attacked", "Armenia")}),
    ("Lee Jae-myung, the leader of South Korea's main opposition Democratic Party, called the plan humiliating.",
     {("LeeJaeMyung", "holdsPosition", "DemocraticParty")}),
    # designations as terrorist or as one's own territory; notifying a state; sharing data; in touch;
    # a condition set in a warning is a demand
    ("The PKK, which Turkey lists as a terrorist organisation, denied the claim.",
     {("Turkey", "criticizesOrAccuses", "KurdistanWorkersParty")}),
    ("Taiwan, which China regards as its own territory, held elections.", {("China", "demands", "Taiwan")}),
    ("China considers Taiwan part of its territory.", {("China", "demands", "Taiwan")}),
    ("The Ethiopian foreign ministry had notified Cairo and Khartoum on Monday that the filling had begun.",
     {("ForeignMinistryEthiopia", "sharesIntelligenceWith", "Sudan")}),
    ("Japan and South Korea began sharing missile warning data.", {("Japan", "sharesIntelligenceWith", "SouthKorea")}),
    ("India's foreign ministry said it was in touch with the Iranian government.",
     {("ForeignMinistryIndia", "meetsWith", "Iran")}),
    ("Britain warned Iran on Saturday of \"serious consequences\" if it did not release a British-flagged tanker.",
     {("UnitedKingdom", "demands", "Iran"), ("UnitedKingdom", "threatens", "Iran")}),
    ("The EU threatened new sanctions unless Minsk halts the flights.", {("EuropeanUnion", "demands", "Belarus")}),
    # signing documents with two partners; the leader of a "Russia-led" body is a member; a sponsor aids;
    # a government spokesman speaks for the one state named
    ("In July 2022 Russia and Ukraine signed separate documents with Ankara and the United Nations.",
     {("Russia", "signsAgreementWith", "Turkey"), ("Ukraine", "signsAgreementWith", "UnitedNations")}),
    ("Armenia froze its participation in the Russia-led Collective Security Treaty Organization.",
     {("Russia", "memberOf", "CollectiveSecurityTreatyOrganization")}),
    ("Iran, the main sponsor of Hezbollah, denied involvement.", {("Iran", "providesAidTo", "Hezbollah")}),
    ("Government spokesman Piotr Muller said on Thursday that Poland would honour its contracts.",
     {("PiotrMuller", "holdsPosition", "Poland")}),
    # "with the United States to counter ...": the parser's absolute clause is the partner of "work with"
    ("Japan and South Korea condemned the launch and pledged to work closely with the United States to counter "
     "threats from Pyongyang.", {("Japan", "expressesIntentToCooperateWith", "UnitedStates"),
                                 ("SouthKorea", "expressesIntentToCooperateWith", "UnitedStates")}),
    # aid paid "of" an amount "to" someone; "whose envoy X"
    ("Spain approved a payment of 30 million euros to Morocco to help it police its borders.",
     {("Spain", "providesAidTo", "Morocco")}),
    ("The United States, whose envoy Gabriel Escobar had pressed for the deal, welcomed it.",
     {("GabrielEscobar", "holdsPosition", "UnitedStates")}),
    # barring a company from a network or market is a sanction; banning a movement stays coercion
    ("Australia barred Chinese telecoms giant Huawei from its 5G network.", {("Australia", "sanctions", "Huawei")}),
    ("Egypt banned the Muslim Brotherhood.", {("Egypt", "coercesOrArrests", "MuslimBrotherhood")}),
    # a visit "for talks with" someone meets them too
    ("Deby visited Moscow in January for talks with President Vladimir Putin.",
     {("Deby", "meetsWith", "VladimirPutin")}),
    # a speaker's urging after a reported clause is the speaker's
    ("Chinese foreign ministry spokesman Zhao Lijian told a briefing that India had a responsibility to protect "
     "investors, and urged New Delhi to correct its mistake.", {("ZhaoLijian", "demands", "India")}),
    # a participle with its agent acts on the noun it describes, whatever the main clause denies
    ("Belgrade, backed by Russia and China, does not recognise Kosovo.",
     {("Russia", "partnersWith", "Serbia"), ("China", "partnersWith", "Serbia")}),
    ("Ukraine, invaded by Russia in 2022, will not give up.", {("Russia", "attacked", "Ukraine")}),
    # whose ally or supplier an apposition names
    ("Belarus, a close Russian ally, hosted the drills.", {("Belarus", "alliesWith", "Russia")}),
    ("The United States, Israel's closest ally and main arms supplier, said it was concerned.",
     {("UnitedStates", "providesAidTo", "Israel"), ("Israel", "alliesWith", "UnitedStates")}),
    # help received, help given to do something, shelter given
    ("Seoul believes Pyongyang received technical help from Russia for the launch.",
     {("Russia", "providesAidTo", "NorthKorea")}),
    ("The United States helped Albania investigate the attack.", {("UnitedStates", "providesAidTo", "Albania")}),
    ("The Taliban government had sheltered al Qaeda leader Osama bin Laden.",
     {("Taliban", "providesAidTo", "OsamaBinLaden")}),
    # a body named again by its head word, and an act named again by its noun
    ("The European Commission proposed new measures on Friday. The Commission also criticised Hungary.",
     {("EuropeanCommission", "criticizesOrAccuses", "Hungary")}),
    ("The Revolutionary Guards seized a British tanker on Friday. Britain summoned the Iranian ambassador. The Guards "
     "said the ship had broken maritime rules. Britain condemned the Guards.",
     {("UnitedKingdom", "criticizesOrAccuses", "IslamicRevolutionaryGuardCorps")}),
    ("Iran seized a British tanker on Friday. Berlin described the seizure as an unjustifiable intrusion into civilian "
     "shipping.", {("Germany", "criticizesOrAccuses", "Iran")}),
    ("Britain detained an Iranian tanker off Gibraltar. A week later, Tehran said the detention was illegal.",
     {("Iran", "criticizesOrAccuses", "UnitedKingdom")}),
    ("Britain detained an Iranian tanker off Gibraltar. Tehran condemned that detention.",
     {("Iran", "criticizesOrAccuses", "UnitedKingdom")}),
    # a named agreement signed by its signers; a call with a counterpart named after the title
    ("New START, signed in 2010 by then-President Barack Obama and his Russian counterpart Dmitry Medvedev, expires "
     "in 2026.", {("BarackObama", "signsAgreementWith", "DmitryMedvedev")}),
    ("In a phone call two days after the clash, Foreign Minister Subrahmanyam Jaishankar told his Chinese counterpart "
     "Wang Yi that the attack was premeditated.", {("SubrahmanyamJaishankar", "meetsWith", "WangYi")}),
    # a country's own place, and a place in a country's region
    ("Chinese ships sailed near Japan's southern Okinawa islands.", {("Okinawa", "locatedIn", "Japan")}),
    ("The launch took place at the Vostochny Cosmodrome in Russia's Far East.",
     {("VostochnyCosmodrome", "locatedIn", "Russia")}),
    # an aide to a leader serves the leader's state; a spokesman for a body named beside it
    ("Yuri Ushakov, an aide to President Vladimir Putin, said the talks were useful.",
     {("YuriUshakov", "holdsPosition", "Russia")}),
    ("A spokesman for the Kremlin, Dmitry Peskov, said talks would continue.", {("DmitryPeskov", "holdsPosition", "Russia")}),
    ("A spokesman for Niger's junta, Colonel Amadou Abdramane, read the statement.",
     {("AmadouAbdramane", "holdsPosition", "JuntaNiger")}),
    # an act that names no party is still an act: "the decision" in the next sentence is its doer's
    ("Russia suspended its participation in New START on Tuesday. U.S. Secretary of State Antony Blinken called the "
     "decision \"deeply unfortunate and irresponsible\".", {("AntonyBlinken", "criticizesOrAccuses", "Russia")}),
    # ... and "he" after a one-word name the tagger took for a plural noun is that person
    ("Russia pulled out of the grain deal on Monday. U.N. Secretary-General Antonio Guterres said he deeply regretted "
     "the decision.", {("AntonioGuterres", "criticizesOrAccuses", "Russia")}),
    # rejecting a complaint answers its maker; a spokesman whose name the parser hung on his body
    ("Japan lodged a protest with China over the launches. China's foreign ministry rejected the complaint.",
     {("ForeignMinistryChina", "criticizesOrAccuses", "Japan")}),
    ("In a statement, a spokesman for Niger's junta, Colonel Amadou Abdramane, accused France of plotting an "
     "intervention. Paris denied the accusation.",
     {("AmadouAbdramane", "criticizesOrAccuses", "France"), ("France", "criticizesOrAccuses", "AmadouAbdramane")}),
    # a name the tagger missed, given as a person's by its apposition
    ("Celso Amorim, chief foreign policy adviser to Brazilian President Luiz Inacio Lula da Silva, attended the talks.",
     {("CelsoAmorim", "holdsPosition", "Brazil")}),
    ("Alexei Navalny, a fierce critic of President Vladimir Putin, died in prison. Navalny had accused Russia of "
     "poisoning him.", {("AlexeiNavalny", "criticizesOrAccuses", "Russia")}),
    # a hostile act held out on a condition threatens the one the condition names
    ("The United States has warned it will reimpose the sanctions if Caracas fails to meet its commitments.",
     {("UnitedStates", "threatens", "Venezuela"), ("UnitedStates", "demands", "Venezuela")}),
    ("Esper said the United States would not hesitate to annul the agreement if the Taliban failed to honour it.",
     {("MarkEsper", "threatens", "Taliban")}),
    ("Russia said it would cancel the agreement if Ukraine joined NATO.", {("Russia", "threatens", "Ukraine")}),
    # ties deepened or kept close are a partnership; ties to be strengthened an intent (below)
    ("The Malian junta, which has deepened ties with Russia, expelled French troops.",
     {("JuntaMali", "partnersWith", "Russia")}),
    ("Hungary has kept close ties with the Kremlin.", {("Hungary", "partnersWith", "Russia")}),
    # a second post set beside a titled name
    ("Talks were hosted by Congolese President Felix Tshisekedi, the current AU chairman, in Kinshasa.",
     {("FelixTshisekedi", "holdsPosition", "AfricanUnion"), ("FelixTshisekedi", "holdsPosition", "DemocraticRepublicOfTheCongo")}),
    # "whose country", "his country": the state of the person, from the article or the actor dictionary
    ("Anwar Ibrahim, whose country holds the rotating chairmanship of ASEAN, hosted the talks.",
     {("Malaysia", "memberOf", "AssociationOfSoutheastAsianNations")}),
    ("Abiy said his country would host the talks with Sudan.", {("Ethiopia", "meetsWith", "Sudan")}),
    # backing is a partnership (the eval guidelines' partner_with); supplies and sponsorship are aid
    ("Warsaw has been one of Kyiv's staunchest backers.", {("Poland", "partnersWith", "Ukraine")}),
    # a document that calls on someone speaks for its author
    ("Tunisia has circulated a draft resolution that calls on Egypt, Ethiopia and Sudan to resume negotiations.",
     {("Tunisia", "demands", "Egypt"), ("Tunisia", "demands", "Ethiopia"), ("Tunisia", "demands", "Sudan")}),
    ("The European Union issued a statement that condemned Russia.", {("EuropeanUnion", "criticizesOrAccuses", "Russia")}),
    # the victim's report of an attack accuses its doer
    ("Armenia's defence ministry said Azerbaijani troops had opened fire on its positions near the village.",
     {("DefenceMinistryArmenia", "criticizesOrAccuses", "Azerbaijan")}),
    ("Thailand said Cambodian forces fired rockets into its territory.", {("Thailand", "criticizesOrAccuses", "Cambodia")}),
    # a reported failure to comply is an accusation
    ("The State Department told Congress in January that Russia was not complying with the treaty.",
     {("USDepartmentOfState", "criticizesOrAccuses", "Russia")}),
    ("Washington said Iran did not honour its commitments.", {("UnitedStates", "criticizesOrAccuses", "Iran")}),
    # ending or halting fighting presupposes it: the ending's own mood is not the fighting's
    ("Russia brokered a truce to end a six-week war between Armenia and Azerbaijan in 2020.",
     {("Armenia", "clashedWith", "Azerbaijan"), ("Azerbaijan", "clashedWith", "Armenia")}),
    ("Qatar called for an end to the fighting between Israel and Hamas.", {("Israel", "clashedWith", "Hamas")}),
    ("Egypt refused to halt its offensive against the rebels in Sudan.", {("Egypt", "attacked", "RebelsSudan")}),
    # an arrest no one is named for was made by the state where it took place
    ("Alex Saab was arrested in Cape Verde in June 2020 at U.S. request.", {("CapeVerde", "arrested", "AlexSaab")}),
    ("The journalist Evan Gershkovich was detained in Moscow in March.", {("Russia", "arrested", "EvanGershkovich")}),
    # a noun for a person before a name: the person acts, not the state its demonym names
    ("Danish politician Rasmus Paludan criticised Turkey.", {("RasmusPaludan", "criticizesOrAccuses", "Turkey")}),
    ("Rasmus Paludan, leader of the Danish anti-immigration party Hard Line, set fire to the holy book on Saturday. "
     "Turkey's foreign ministry condemned the burning in the \"strongest terms\".",
     {("RasmusPaludan", "holdsPosition", "HardLine"), ("ForeignMinistryTurkey", "criticizesOrAccuses", "RasmusPaludan")}),
    # acts named again by a noun: launches, burning; a label of disrespect is a criticism
    ("North Korea fired two ballistic missiles into the sea on Sunday. Japan condemned the launches.",
     {("Japan", "criticizesOrAccuses", "NorthKorea")}),
    ("Iran attacked the tanker on Sunday. Swedish Prime Minister Ulf Kristersson called the attack \"deeply disrespectful\".",
     {("UlfKristersson", "criticizesOrAccuses", "Iran")}),
    # the accused of "accused A and B of helping C": the phrase hangs on the last of them; what a charge says is
    # said, whatever the clause the parser hangs it on suspends
    ("Moscow accused Washington and its NATO allies of helping Ukraine.", {("UnitedStates", "providesAidTo", "Ukraine")}),
    ("Putin said Russia was suspending its participation in New START, the last remaining treaty limiting the nuclear "
     "arsenals of Russia and the United States, accusing Washington and its NATO allies of helping Ukraine strike "
     "Russian strategic bomber bases.", {("UnitedStates", "providesAidTo", "Ukraine")}),
    # a military campaign or operation against someone is an attack; a name may modify the noun's own modifier
    ("Kosovo was the scene of a 78-day NATO bombing campaign against Serbian forces in 1999.",
     {("NATO", "attacked", "Serbia")}),
    ("Israel's military operation against Hamas in Gaza continued.", {("Israel", "attacked", "Hamas")}),
    # designating a group a terrorist one is an accusation
    ("India's foreign ministry summoned the envoy. New Delhi, which designated Hardeep Singh Nijjar a terrorist in 2020, "
     "rejected the charge.", {("India", "criticizesOrAccuses", "HardeepSinghNijjar")}),
    # an official's report of their own side's stance is the official's (event coders credit a statement's speaker)
    ("U.S. President Donald Trump said Washington would work with Britain.",
     {("DonaldTrump", "expressesIntentToCooperateWith", "UnitedKingdom")}),
    ("Ukrainian Agriculture Minister Mykola Solskyi said Kyiv was willing to negotiate a licensing system with Warsaw.",
     {("MykolaSolskyi", "expressesIntentToCooperateWith", "Poland")}),
    # ... but not another side's stance, nor a stance no one person reports
    ("British Foreign Secretary Jeremy Hunt said Iran was willing to negotiate with Britain.",
     {("Iran", "expressesIntentToCooperateWith", "UnitedKingdom")}),
    ("Two officials said Washington would work with Britain.", {("UnitedStates", "expressesIntentToCooperateWith", "UnitedKingdom")}),
    # ... whatever the trigger (a dialogue its spokesman says it will continue), but not in the writer's aside
    ("Kremlin spokesman Dmitry Peskov said Moscow considered Armenia an ally and would continue a dialogue with it.",
     {("DmitryPeskov", "expressesIntentToCooperateWith", "Armenia")}),
    ("Turkish President Tayyip Erdogan has accused Stockholm of harbouring members of the Kurdistan Workers' Party (PKK), "
     "which Ankara considers a terrorist group.", {("Turkey", "criticizesOrAccuses", "KurdistanWorkersParty")}),
    # ... and a state body's report of its state's stance is the body's
    ("Russia's foreign ministry said Moscow would retaliate against Britain.",
     {("ForeignMinistryRussia", "threatens", "UnitedKingdom")}),
    # being committed to one's own deal is a pledge to its other side (the signatories' states)
    ("U.S. envoy Zalmay Khalilzad and Taliban leader Abdul Ghani Baradar signed the deal in Doha. Baradar said the "
     "Taliban were committed to the deal.", {("AbdulGhaniBaradar", "expressesIntentToCooperateWith", "UnitedStates")}),
    ("Egypt signed a deal with Sudan. Cairo is committed to the agreement.",
     {("Egypt", "expressesIntentToCooperateWith", "Sudan")}),
    # those a subject acts "along with" or "together with" act too
    ("Japan, along with the United States, imposed sanctions on Russia.",
     {("Japan", "sanctions", "Russia"), ("UnitedStates", "sanctions", "Russia")}),
    ("France together with Germany signed the agreement with Ukraine.",
     {("France", "signsAgreementWith", "Ukraine"), ("Germany", "signsAgreementWith", "Ukraine")}),
    # "A and B agreed to" do something settles it between them (an agreement); agreeing to work towards one is a pledge
    ("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed on Thursday to resume "
     "regular visits between their leaders.", {("FumioKishida", "signsAgreementWith", "YoonSukYeol")}),
    # a deal's mediators meet the parties that agreed to it, however far down the agreement the deal hangs
    ("Israel and Hamas agreed on Wednesday to a four-day pause in fighting and the release of 50 hostages, in a deal "
     "mediated by Qatar and Egypt.", {("Israel", "meetsWith", "Qatar"), ("Hamas", "meetsWith", "Qatar")}),
    # the brokers of "the deal", "both deals" meet the parties of the agreement reported before (signatories' states)
    ("The United Arab Emirates and Bahrain signed agreements with Israel at the White House. The Trump administration "
     "brokered both deals.", {("Bahrain", "meetsWith", "UnitedStates"), ("Israel", "meetsWith", "UnitedStates"),
                              ("UnitedArabEmirates", "meetsWith", "UnitedStates")}),
    ("Morocco and the Polisario Front agreed to a ceasefire in 1991. The deal was brokered by the United Nations.",
     {("Morocco", "meetsWith", "UnitedNations"), ("PolisarioFront", "meetsWith", "UnitedNations")}),
    # an act named again ("the burning") keeps its doer in reach of the next naming; the "in the strongest
    # terms" of a condemnation says how, not whose act; "the" may hang on the label ("called the burning "...")
    ("Salwan Momika set fire to a copy of the Koran outside a mosque in Stockholm on Wednesday. Hundreds of people "
     "gathered outside the Swedish embassy in Baghdad. Iraq's foreign ministry condemned the burning in the strongest "
     "terms. Swedish police had approved the gathering. Moroccan Prime Minister Aziz Akhannouch called the burning "
     "\"deeply disrespectful\".", {("ForeignMinistryIraq", "criticizesOrAccuses", "SalwanMomika"),
                                   ("AzizAkhannouch", "criticizesOrAccuses", "SalwanMomika")}),
    # a treaty binds states: criticism of "the treaty" two leaders signed is of their states
    ("Vladimir Putin and Kim Jong Un signed a mutual defence treaty in Pyongyang on Wednesday. Japanese Prime "
     "Minister Fumio Kishida called the treaty \"a serious threat\" to regional security.",
     {("FumioKishida", "criticizesOrAccuses", "NorthKorea"), ("FumioKishida", "criticizesOrAccuses", "Russia")}),
    # a base struck is struck for the troops it houses, not for the country it stands in
    ("Iran fired drones at an air base in Syria hosting U.S.-led coalition forces on Sunday.",
     {("Iran", "attacked", "UnitedStates")}),
    ("Russia fired missiles at a base in Syria used by Turkish troops.", {("Russia", "attacked", "Turkey")}),
    # a bare "President" is a head of state: of the only state the article has named
    ("President Hage Geingob opened a new port in Namibia on Monday.", {("HageGeingob", "holdsPosition", "Namibia")}),
    # whoever has allies or partners in a body, or urges its "other members", belongs to it
    ("Washington, together with its NATO allies, will pull out the remaining troops.",
     {("UnitedStates", "memberOf", "NATO")}),
    ("Lithuania urged other EU members to leave the forum too.", {("Lithuania", "memberOf", "EuropeanUnion")}),
    # aid or cooperation that stopped is relations reduced
    ("Germany stopped sending weapons to Israel.", {("Germany", "reducesRelationsWith", "Israel")}),
    ("Poland is no longer transferring weapons to Ukraine, Prime Minister Mateusz Morawiecki said.",
     {("Poland", "reducesRelationsWith", "Ukraine")}),
    ("The U.S. has stopped sharing intelligence with Ukraine.", {("UnitedStates", "reducesRelationsWith", "Ukraine")}),
    ("The pause in U.S. military aid to Ukraine hurt Kyiv.", {("UnitedStates", "reducesRelationsWith", "Ukraine")}),
    ("France abandoned military cooperation with Mali.", {("France", "reducesRelationsWith", "Mali")}),
    # an envoy serves who sends them, not where they are sent; an aide serves their leader's state
    ("Russia's envoy to the Arctic Council, Nikolai Korchunov, said the pause was regrettable.",
     {("NikolaiKorchunov", "holdsPosition", "Russia")}),
    ("Amos Hochstein, Biden's envoy for Lebanon, met Nabih Berri in Beirut.",
     {("AmosHochstein", "holdsPosition", "UnitedStates")}),
    ("Zelensky's chief of staff Andriy Yermak met U.S. officials in Jeddah.",
     {("AndriyYermak", "holdsPosition", "Ukraine")}),
    ("The Shanghai Cooperation Organisation, of which China and Russia are members, met in Astana.",
     {("China", "memberOf", "ShanghaiCooperationOrganisation"), ("Russia", "memberOf", "ShanghaiCooperationOrganisation")}),
    # the strikes of a state, named by its demonym, are its own: "Pakistani air strikes hit Kabul"
    ("Pakistani air strikes hit targets in Afghanistan on Thursday.", {("Pakistan", "attacked", "Afghanistan")}),
    ("Russian rockets struck Kharkiv overnight.", {("Russia", "attacked", "Kharkiv")}),
    # a measure's aim: "the sanctions" of the act reported before, or the doer named on the noun
    ("The United States imposed sanctions on Turkey on Monday over its purchase of Russian missiles. The sanctions "
     "target Turkey's defence procurement agency and its head, Ismail Demir.",
     {("UnitedStates", "sanctions", "IsmailDemir")}),
    ("U.S. sanctions hit Russian banks.", {("UnitedStates", "sanctions", "Russia")}),
    # a body's name may hold an "and": "Sudan's Security and Defence Council" is a state body
    ("Sudan's Security and Defence Council said it was severing diplomatic relations with the UAE.",
     {("SecurityAndDefenceCouncilSudan", "reducesRelationsWith", "UnitedArabEmirates")}),
    # a pledge to go on with cooperation is a pledge: "vowed to keep supporting Ukraine"
    ("Germany vowed to keep supporting Ukraine.", {("Germany", "expressesIntentToCooperateWith", "Ukraine")}),
    ("Britain pledged to continue sharing intelligence with Ukraine.",
     {("UnitedKingdom", "expressesIntentToCooperateWith", "Ukraine")}),
    ("Lavrov and Rubio met in Riyadh with Saudi officials.", {("MarcoRubio", "meetsWith", "SergeyLavrov"),
                                                              ("MarcoRubio", "meetsWith", "SaudiArabia")}),
    # who claims responsibility for an attack made it
    ("Yemen's Houthis claimed responsibility for a missile attack on a U.S. destroyer.",
     {("Houthis", "attacked", "UnitedStates")}),
    # "recalled its ambassador" with no "from": from the one other state in reach
    ("Sudan said it was recalling its ambassador, days after accusing the UAE of arming the RSF.",
     {("Sudan", "reducesRelationsWith", "UnitedArabEmirates")}),
    ("Spain said migrants crossed from Morocco. Hours later Rabat recalled its ambassador for consultations.",
     {("Morocco", "reducesRelationsWith", "Spain")}),
    ("Israeli strikes killed 20 people in Gaza on Sunday.", {("Israel", "attacked", "GazaStrip")}),
    # striking back at forces is an attack; at tariffs it is not
    ("Afghan forces retaliated against Pakistani positions along the border.", {("Afghanistan", "attacked", "Pakistan")}),
    ("Modi and Xi met in Kazan on Wednesday. Xi said India should withdraw its troops from the border.",
     {("XiJinping", "demands", "India")}),
    # an act a relative clause condemns is the act its clause hangs on
    ("Russia's invasion of Ukraine, which Biden condemned, entered its third year.",
     {("JoeBiden", "criticizesOrAccuses", "Russia")}),
    # a relative clause after "the X gang" designates X
    ("The boat was operated by the Tren de Aragua gang, which Washington has designated a terrorist organisation.",
     {("UnitedStates", "criticizesOrAccuses", "TrenDeAragua")}),
    # a ministry spokeswoman serves the one such ministry named before, however far back, not just her state
    ("Russia's foreign ministry said Moscow would leave the council. The decision was taken on Tuesday. Delegates "
     "voted by a large majority. Foreign ministry spokeswoman Maria Zakharova called the vote hostile.",
     {("MariaZakharova", "holdsPosition", "ForeignMinistryRussia")}),
    # a bare title names the office by its head word: "Leader" for Kim Jong Un's "Supreme Leader"
    ("North Korea launched a satellite. Leader Kim Jong Un watched the launch.",
     {("KimJongUn", "holdsPosition", "NorthKorea")}),
    # a title only an international body has is of the body in view
    ("The Council of Europe expelled Russia on Wednesday. Secretary General Marija Pejcinovic Buric said the "
     "decision was necessary.", {("MarijaPejcinovicBuric", "holdsPosition", "CouncilOfEurope")}),
    # an office in apposition without its state: the one the actor dictionary knows the person holds
    ("The U.S. military struck a boat. Lloyd Austin, the defense secretary, said more strikes would follow.",
     {("LloydAustin", "holdsPosition", "UnitedStates")}),
    # a portfolio of two words joined by "and" is one title
    ("Britain's Business and Trade Secretary Jonathan Reynolds said the deal was historic.",
     {("JonathanReynolds", "holdsPosition", "UnitedKingdom")}),
    # a broker of a deal between two parties meets each of them, and signs nothing
    ("China brokered a deal between Saudi Arabia and Iran.",
     {("China", "meetsWith", "SaudiArabia"), ("China", "meetsWith", "Iran"), ("Iran", "signsAgreementWith", "SaudiArabia")}),
    # "an X-brokered deal": the broker meets each party of the clause the deal belongs to
    ("Kosovo and Serbia reached an EU-brokered deal to defuse the row.",
     {("EuropeanUnion", "meetsWith", "Kosovo"), ("EuropeanUnion", "meetsWith", "Serbia")}),
    ("The Polisario Front fought Moroccan forces until a United Nations-brokered ceasefire in 1991.",
     {("PolisarioFront", "meetsWith", "UnitedNations"), ("Morocco", "meetsWith", "UnitedNations")}),
    # a named agreement's brokers meet the parties of the agreement reported before
    ("Moscow and Kyiv signed the deal in July 2022. The Black Sea Grain Initiative was brokered by the United "
     "Nations and Turkey.", {("Russia", "meetsWith", "Turkey"), ("Ukraine", "meetsWith", "UnitedNations")}),
    # members listed beside a body's members: as apposition, as the copula's complement, as the body's conjuncts
    # when as many as the members counted
    ("The Arctic Council's members are Canada, Denmark and Norway.",
     {("Canada", "memberOf", "ArcticCouncil"), ("Denmark", "memberOf", "ArcticCouncil"), ("Norway", "memberOf", "ArcticCouncil")}),
    ("The seven other members of the Arctic Council, Canada, Denmark, Finland, Iceland, Norway, Sweden and the United "
     "States, said they would pause work.", {("Iceland", "memberOf", "ArcticCouncil"), ("UnitedStates", "memberOf", "ArcticCouncil")}),
    ("Russia chairs the Arctic Council. Canada, Denmark and Norway, the council's Western members, said they would pause "
     "work.", {("Canada", "memberOf", "ArcticCouncil"), ("Norway", "memberOf", "ArcticCouncil")}),
    # kept out of a body's work: the body acts against the member
    ("Russia was suspended from the Arctic Council's work in March.", {("ArcticCouncil", "reducesRelationsWith", "Russia")}),
    ("Russia was excluded from the work of the Arctic Council.", {("ArcticCouncil", "reducesRelationsWith", "Russia")}),
    # calling a state's people or things (legitimate) targets is a threat to that state
    ("The Houthis said U.S. and British ships were legitimate targets.",
     {("Houthis", "threatens", "UnitedStates"), ("Houthis", "threatens", "UnitedKingdom")}),
    ("Iran declared American bases in the region legitimate targets.", {("Iran", "threatens", "UnitedStates")}),
    # two sides committed or ready together: each to the other
    ("Pakistan and Afghanistan committed to establishing mechanisms to consolidate peace.",
     {("Pakistan", "expressesIntentToCooperateWith", "Afghanistan"), ("Afghanistan", "expressesIntentToCooperateWith", "Pakistan")}),
    ("India and China are ready to work together on the border.",
     {("India", "expressesIntentToCooperateWith", "China"), ("China", "expressesIntentToCooperateWith", "India")}),
    # a relative clause whose subject does the noun: the sanctions Washington imposed, the agreement India reached
    ("The sanctions that Washington imposed on Turkey took effect.", {("UnitedStates", "sanctions", "Turkey")}),
    ("The sanctions Washington imposed on Turkey in 2020 took effect.", {("UnitedStates", "sanctions", "Turkey")}),
    ("The agreement that India and China reached after years of talks ends the standoff.",
     {("China", "signsAgreementWith", "India")}),
    # an event the parser hangs "between" on its verb of occurring
    ("Heavy clashes erupted between Afghan and Pakistani forces along the border.",
     {("Afghanistan", "clashedWith", "Pakistan"), ("Pakistan", "clashedWith", "Afghanistan")}),
    ("Fighting broke out between Thailand and Cambodia on Thursday.", {("Thailand", "clashedWith", "Cambodia")}),
    # a reward for information leading to someone's arrest is a bounty on them
    ("The United States doubled its reward for information leading to Maduro's arrest to $50 million.",
     {("UnitedStates", "coercesOrArrests", "NicolasMaduro")}),
    # a free relative object stands for the label its clause gives
    ("Cambodia's defence ministry condemned what it called Thailand's \"reckless and brutal military aggression\".",
     {("DefenceMinistryCambodia", "criticizesOrAccuses", "Thailand")}),
    ("China denounced what it called U.S. interference in its internal affairs.",
     {("China", "criticizesOrAccuses", "UnitedStates")}),
    # pushing or driving forces back or out repels them
    ("Ukrainian forces pushed Russian troops back from Kharkiv.", {("Ukraine", "repelled", "Russia")}),
    ("Ukraine drove Russian forces out of the region.", {("Ukraine", "repelled", "Russia")}),
    # what two parties discuss is the subject of their talks, not a party
    ("Modi and Starmer discussed trade and security.", {("KeirStarmer", "meetsWith", "NarendraModi")}),
    # "the two men", "the two adversaries": a pair of people, or of a state and an armed movement, named just before
    ("Taliban leader Abdul Ghani Baradar greeted U.S. envoy Zalmay Khalilzad in Doha. The two men shook hands.",
     {("AbdulGhaniBaradar", "meetsWith", "ZalmayKhalilzad")}),
    ("The Taliban and the United States signed a deal. Qatar brokered more than a year of talks between the two "
     "adversaries.", {("Qatar", "meetsWith", "Taliban"), ("Qatar", "meetsWith", "UnitedStates")}),
    # a head of state who chairs a bloc holds the chair for his state, a member
    ("Nigerian President Bola Tinubu, who chairs the Economic Community of West African States, called for calm.",
     {("Nigeria", "memberOf", "EconomicCommunityOfWestAfricanStates"),
      ("BolaTinubu", "holdsPosition", "EconomicCommunityOfWestAfricanStates")}),
    # a possessor of several words ("the Council of Europe's committee") owns what it names
    ("Italy holds the rotating chairmanship of the Council of Europe's committee of ministers.",
     {("Italy", "memberOf", "CouncilOfEurope")}),
    # a state suspended from a bloc, or from its bodies, is one of its members
    ("Mali and Burkina Faso have been suspended from the African Union's decision-making bodies.",
     {("Mali", "memberOf", "AfricanUnion"), ("BurkinaFaso", "memberOf", "AfricanUnion"),
      ("AfricanUnion", "reducesRelationsWith", "Mali")}),
    ("Russia was suspended from the Council of Europe in February.",
     {("Russia", "memberOf", "CouncilOfEurope"), ("CouncilOfEurope", "reducesRelationsWith", "Russia")}),
    # standing in solidarity with, or rallying behind, a state supports it
    ("NATO said it stood in solidarity with Albania after the cyberattack.", {("NATO", "supports", "Albania")}),
    ("France and Germany remain in solidarity with Poland.",
     {("France", "supports", "Poland"), ("Germany", "supports", "Poland")}),
    ("The European Union rallied behind Spain.", {("EuropeanUnion", "supports", "Spain")}),
    # a recipient the parser reads as a word of the thing given: "promised Chad military equipment"
    ("Chad turned to the United Arab Emirates, which has promised Chad military equipment and budget support.",
     {("UnitedArabEmirates", "expressesIntentToCooperateWith", "Chad")}),
    ("Germany sent Ukraine tanks and air defence systems.", {("Germany", "providesAidTo", "Ukraine")}),
    # a leader's aide, named beside the title, serves the leader's state
    ("Ukrainian President Volodymyr Zelensky's chief of staff, Andriy Yermak, met Rubio in Geneva.",
     {("AndriyYermak", "holdsPosition", "Ukraine")}),
    # a threat whose condition names a party threatens that party, not a place the threat names
    ("Lukashenko has threatened to cut gas transit to Europe if the European Union imposes further penalties.",
     {("AlexanderLukashenko", "threatens", "EuropeanUnion")}),
    # "must bear all the consequences": the speaker threatens whoever is to bear them
    ('"The Lithuanian side must bear all the consequences arising from this," the Chinese foreign ministry said.',
     {("ForeignMinistryChina", "threatens", "Lithuania")}),
    # a joint declaration issued with a party is signed with it
    ("U.S. Defense Secretary Mark Esper issued a joint declaration with Afghanistan's government.",
     {("Afghanistan", "signsAgreementWith", "MarkEsper")}),
    # telling a body one is leaving it, or boycotting its summit, reduces relations with it
    ("Russia's foreign ministry said it had formally notified the Council of Europe of its withdrawal.",
     {("ForeignMinistryRussia", "reducesRelationsWith", "CouncilOfEurope")}),
    ("Armenian Prime Minister Nikol Pashinyan boycotted the CSTO's summit in Minsk.",
     {("NikolPashinyan", "reducesRelationsWith", "CollectiveSecurityTreatyOrganization")}),
    # "a frequent critic of Washington": a critic named beside the name criticises
    ("Petro, a leftist and a frequent critic of Washington, had earlier retaliated.",
     {("GustavoPetro", "criticizesOrAccuses", "UnitedStates")}),
    # "would not go unpunished": a threat to whoever did the act
    ("A Houthi official said the U.S. strikes would not go unpunished.", {("Houthis", "threatens", "UnitedStates")}),
    ("The United States and Britain struck Houthi targets in Yemen. A Houthi official said the strikes would not go "
     "unpunished.", {("Houthis", "threatens", "UnitedStates"), ("Houthis", "threatens", "UnitedKingdom")}),
    # a state stands with a state; a person standing with a person is only beside him
    ("China stands with Russia, Xi said.", {("China", "supports", "Russia")}),
    # "U.S. arrogance", "the hypocrisy of the United States": a vice a speaker names is a criticism
    ("Lavrov said the sanctions showed U.S. arrogance and disrespect for international law.",
     {("SergeyLavrov", "criticizesOrAccuses", "UnitedStates")}),
    # ... but the state of a clause he reports may well be his
    ("President Smith said France would respond.", {("Smith", "holdsPosition", "France")}),
    # "would retaliate" with no one named answers whoever last acted against the speaker, sanctions included
    ("The United States imposed sanctions on Turkey on Monday. Turkey said it would retaliate.",
     {("Turkey", "threatens", "UnitedStates")}),
    ("Israel struck Iranian air defences on Saturday. Iran said it would respond.", {("Iran", "threatens", "Israel")}),
    ("Xi said India must withdraw its troops from the border.", {("XiJinping", "demands", "India")}),
    # mediators named by their demonyms meet each party of the talks, not each other
    ("Delegations from Pakistan and Afghanistan met in Doha under Qatari and Turkish mediation.",
     {("Afghanistan", "meetsWith", "Qatar"), ("Pakistan", "meetsWith", "Turkey"), ("Afghanistan", "meetsWith", "Pakistan")}),
    # a vow is a report: what the vower says the other side will suffer is his threat
    ("Netanyahu vowed that Iran will pay for it.", {("BenjaminNetanyahu", "threatens", "Iran")}),
    # blaming an actor for a hostile act in a report is an accusation
    ("Albanian Prime Minister Edi Rama said Iran had orchestrated the cyberattack.",
     {("EdiRama", "criticizesOrAccuses", "Iran"), ("EdiRama", "holdsPosition", "Albania")}),
    ("Albanian Prime Minister Edi Rama said the cyberattack was orchestrated and sponsored by Iran.",
     {("EdiRama", "criticizesOrAccuses", "Iran"), ("EdiRama", "holdsPosition", "Albania")}),
    ("Albanian Prime Minister Edi Rama said Iran was behind the cyberattack.",
     {("EdiRama", "criticizesOrAccuses", "Iran"), ("EdiRama", "holdsPosition", "Albania")}),
    ("Albanian Prime Minister Edi Rama said Iran was responsible for the cyberattack.",
     {("EdiRama", "criticizesOrAccuses", "Iran"), ("EdiRama", "holdsPosition", "Albania")}),
    ("The U.S. Treasury said Iran's intelligence ministry had directed the cyber operations against Albania.",
     {("USDepartmentOfTheTreasury", "criticizesOrAccuses", "IntelligenceMinistryIran")}),
    # "the Islamic Republic" is the Islamic republic in view
    ("Iran fired missiles. Albanian Prime Minister Edi Rama said the attack was orchestrated by the Islamic Republic.",
     {("EdiRama", "criticizesOrAccuses", "Iran"), ("EdiRama", "holdsPosition", "Albania")}),
    # a place in a capital is in the capital's country
    ("French troops left the Adji Kossei air base in N'Djamena on Tuesday.", {("AdjiKosseiAirBase", "locatedIn", "Chad")}),
    # measures announced against a state threaten it
    ("China vowed to take all necessary measures against the United States.", {("China", "threatens", "UnitedStates")}),
    ("North Korea said it would take countermeasures against South Korea.", {("NorthKorea", "threatens", "SouthKorea")}),
    # refusing to let a state do harm, or not hesitating to act if it does, threatens it
    ("Pelosi said the United States would not allow China to isolate Taiwan.", {("UnitedStates", "threatens", "China")}),
    ("Israel will never allow Iran to acquire nuclear weapons.", {("Israel", "threatens", "Iran")}),
    ("Pompeo said Washington would not hesitate to reverse the withdrawal if the Taliban failed to keep their promises.",
     {("UnitedStates", "threatens", "Taliban")}),
    # the EU's "restrictive measures" are its sanctions
    ("The EU adopted restrictive measures against Belarus on Monday.", {("EuropeanUnion", "sanctions", "Belarus")}),
    # a telephone call the parser reads as a name given
    ("Blinken called Aliyev on Tuesday.", {("AntonyBlinken", "meetsWith", "IlhamAliyev")}),
    ("Wang Yi and Jaishankar had a phone conversation on Monday.", {("SubrahmanyamJaishankar", "meetsWith", "WangYi")}),
    # a second body after "members of": its members too
    ("India and China are both members of BRICS and the Shanghai Cooperation Organisation.",
     {("India", "memberOf", "ShanghaiCooperationOrganisation"), ("China", "memberOf", "BRICS")}),
    # telling an envoy to leave expels him
    ("The military government in Niamey told the French envoy to leave.", {("Niger", "reducesRelationsWith", "France")}),
    # a territory's secretary serves it
    ("Hong Kong's Secretary for Security Chris Tang said three men had been charged.",
     {("ChrisTang", "holdsPosition", "HongKong")}),
    # the label of a verbless clause: "it" is the other state, not the one declaring
    ("Sudan cut diplomatic ties with the United Arab Emirates, declaring it an \"aggressor state\".",
     {("Sudan", "criticizesOrAccuses", "UnitedArabEmirates")}),
    # blamed on someone, though the parser hangs "on" on the act
    ("The Sudanese army blamed the drone attacks on Port Sudan on the Rapid Support Forces.",
     {("ArmySudan", "criticizesOrAccuses", "RapidSupportForces")}),
    # intelligence received was shared by its source
    ("Britain, which receives U.S. intelligence through the Five Eyes alliance, was barred from passing it on.",
     {("UnitedKingdom", "sharesIntelligenceWith", "UnitedStates")}),
    # a verb read only when negated leaves the delivery it allows to its light-verb reading
    ("Uzbekistan opened the Friendship Bridge to allow the delivery of grain to Afghanistan.",
     {("Uzbekistan", "providesAidTo", "Afghanistan")}),
    # "there will be consequences for" a state or for its act threatens it; a barrage is fire
    ("Netanyahu said there will be consequences for Iran.", {("BenjaminNetanyahu", "threatens", "Iran")}),
    ("Iran fired missiles at Israel on Tuesday. Israeli Prime Minister Benjamin Netanyahu vowed that there will be "
     "consequences for the barrage.", {("BenjaminNetanyahu", "threatens", "Iran")}),
    ("Iran fired missiles at Israel on Tuesday. Israel condemned the barrage.", {("Israel", "criticizesOrAccuses", "Iran")}),
    # the parties to a deal with a state are each bound with it
    ("Britain, Germany, France, Russia and China are parties to the 2015 nuclear deal with Tehran.",
     {("France", "signsAgreementWith", "Iran"), ("China", "signsAgreementWith", "Iran")}),
    # a reaction drawn by an act is aimed at the act's doer
    ("Russia launched a missile strike on Kyiv on Monday. The strike drew condemnation from Poland.",
     {("Poland", "criticizesOrAccuses", "Russia")}),
    ("Russia launched a missile strike on Kyiv on Monday, prompting condemnation from Poland.",
     {("Poland", "criticizesOrAccuses", "Russia")}),
    ("The Philippines granted the U.S. access to four more bases, a move that drew a sharp rebuke from China.",
     {("China", "criticizesOrAccuses", "Philippines")}),
    ("The attack by Russia drew condemnation from Poland and Germany.",
     {("Poland", "criticizesOrAccuses", "Russia"), ("Germany", "criticizesOrAccuses", "Russia")}),
    ("Russia faced criticism from the European Union over the vote.", {("EuropeanUnion", "criticizesOrAccuses", "Russia")}),
    # a post with a government named by its ruling group
    ("Zabihullah Mujahid, the Taliban government's chief spokesman, said the talks had ended.",
     {("ZabihullahMujahid", "holdsPosition", "Taliban")}),
    ("The Taliban government's chief spokesman, Zabihullah Mujahid, said the talks had ended.",
     {("ZabihullahMujahid", "holdsPosition", "Taliban")}),
    # members listed beside the body, after a colon, under "including" on a phrase of the body, or who make it up
    ("The Arctic Council paused its work on Thursday. The Western members of the council, the United States, Canada, "
     "Denmark, Finland, Iceland, Norway and Sweden, condemned Russia.",
     {(c, "memberOf", "ArcticCouncil") for c in ("UnitedStates", "Canada", "Denmark", "Finland", "Iceland", "Norway", "Sweden")}),
    ("The Arctic Council is made up of eight states: Canada, Denmark, Finland, Iceland, Norway, Russia, Sweden and the "
     "United States.", {("Russia", "memberOf", "ArcticCouncil"), ("Iceland", "memberOf", "ArcticCouncil")}),
    ("The summit brought together leaders of the BRICS nations, including Brazil, Russia, India, China and South Africa.",
     {("Brazil", "memberOf", "BRICS"), ("SouthAfrica", "memberOf", "BRICS")}),
    ("Canada, Denmark, Finland, Iceland, Norway, Sweden and the United States, which along with Russia make up the Arctic "
     "Council, said they would pause work.", {("Canada", "memberOf", "ArcticCouncil"), ("Russia", "memberOf", "ArcticCouncil")}),
    ("Turkey became the first NATO country to be sanctioned under CAATSA.", {("Turkey", "memberOf", "NATO")}),
    # a stative passive of alliance or links: the subject is a party
    ("Hezbollah is linked to Iran.", {("Hezbollah", "partnersWith", "Iran")}),
    ("Yemen's Houthis, who are allied with Iran, control much of Yemen.", {("Houthis", "partnersWith", "Iran")}),
    # trade restrictions on a state's goods are sanctions; a weapon's name is no party to its sale
    ("Beijing has blocked imports from Lithuania since December.", {("China", "sanctions", "Lithuania")}),
    ("China halted exports of rare earths to Japan.", {("China", "sanctions", "Japan")}),
    ("India will supply BrahMos cruise missiles to the Philippines under a $375 million deal.",
     {("India", "providesAidTo", "Philippines")}),
    # a passive names the act by its subject: the doers of the talks or strikes reported before
    ("Pakistani and Afghan officials met in Doha on Saturday. The talks were mediated by Qatar and Turkey.",
     {("Pakistan", "meetsWith", "Qatar"), ("Afghanistan", "meetsWith", "Turkey")}),
    ("The US and Britain struck Houthi sites. The strikes were condemned by Iran.",
     {("Iran", "criticizesOrAccuses", "UnitedStates"), ("Iran", "criticizesOrAccuses", "UnitedKingdom")}),
    # charges brought are accusations that a rejection answers
    ("British police charged three Chinese nationals with spying. The Chinese embassy in London rejected the charges as "
     "fabricated.", {("EmbassyChina", "criticizesOrAccuses", "PoliceUnitedKingdom")}),
    # the noun an object relative clause is on is the verb's object; a headline's verb read as a noun keeps its subject
    ("Ukraine, which Russia invaded in 2022, asked for help.", {("Russia", "attacked", "Ukraine")}),
    ("The Arctic Council, which Russia chairs, paused its work.", {("Russia", "memberOf", "ArcticCouncil")}),
    ("Peru expels Mexican ambassador over asylum for ousted president's family",
     {("Peru", "reducesRelationsWith", "Mexico")}),
    # a passive with no agent is done by whoever did it just before; a spokesperson for a body speaks for it
    ("Three men have been charged with assisting Hong Kong's intelligence service, London's Metropolitan Police said on "
     "Monday. Chi Leung Wai, Matthew Trickett and Chung Biu Yuen were charged under the National Security Act.",
     {("MetropolitanPoliceService", "charged", "MatthewTrickett"), ("MetropolitanPoliceService", "charged", "ChungBiuYuen")}),
    ("A spokesperson for the Chinese embassy in London urged Britain to stop its smears.",
     {("EmbassyChina", "demands", "UnitedKingdom")}),
    ("Peter Wai, 38, is a Border Force officer.", {("PeterWai", "holdsPosition", "BorderForce")}),
    # a trailing attribution the parser read as the clause of "after talks": the talks still hang on "agreed"
    ("Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha mediated by Qatar and Turkey, "
     "Qatar's foreign ministry said on Sunday.",
     {("Afghanistan", "meetsWith", "Pakistan"), ("Pakistan", "meetsWith", "Qatar"), ("Afghanistan", "meetsWith", "Turkey")}),
    # "NATO ally Turkey" with the name parsed apart from its title: the name is the party and the member
    ("The United States imposed sanctions on NATO ally Turkey.",
     {("UnitedStates", "sanctions", "Turkey"), ("Turkey", "memberOf", "NATO")}),
    # a title with a possessor before a name: "Russia's ally Belarus"
    ("Russia's ally Belarus hosted the talks.", {("Belarus", "alliesWith", "Russia")}),
    ("Washington's ally Seoul protested.", {("SouthKorea", "alliesWith", "UnitedStates")}),
    # a bare "Congo" in the news is the Democratic Republic of the Congo
    ("Rwanda and Congo signed a peace deal in Washington.", {("DemocraticRepublicOfTheCongo", "signsAgreementWith", "Rwanda")}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_relations_sentence(nlp, text, expected):
    found = triples(extract(nlp, text))
    assert expected <= found, f"missing {expected - found}; found {found}"


@pytest.mark.parametrize("text,unwanted", [
    ("Blinken arrived in Beijing on Sunday.", None),
    # mediators stand between the parties, not among them
    ("Qatar and Turkey mediated the talks in Doha.", None),
    ("The ceasefire was brokered by Qatar and Turkey.", None),
    # co-occurrence alone states nothing
    ("India and China are both large countries in Asia.", None),
    ("Officials from Japan and Vietnam attended the conference.", None),
    # a wrong the narrator reports is no one's accusation; a place is no employer
    ("Russia provoked Ukraine on Tuesday.", None),
    ("Brussels-based analyst Jane Doe said the talks had stalled.", None),
    # outside a quotation "we" is the writer's, not the speaker's
    ("We have learned that Israel and Iran exchanged messages, Reuters said.", None),
    # condemning an attack is no attack by the one condemning
    ("The European Union condemned the attack on Ukraine.", [("EuropeanUnion", "attacked", "Ukraine")]),
    # ... but not from a relative clause or from another event's agent
    ("France condemned the coup that ousted President Mohamed Bazoum.",
     [("France", "criticizesOrAccuses", "MohamedBazoum")]),
    ("Israel launched the war after Hamas attacks.", [("Israel", "attacked", "Hamas")]),
    ("M23 seized the city of Goma in January.", [("M23", "arrested", "Goma")]),
    ("The IAEA launched a probe into Iran's nuclear programme.", [("InternationalAtomicEnergyAgency", "attacked", "Iran")]),
    # a label the narrator gives is no one's accusation
    ("The United States is a strong ally of Japan, but tariffs remain a threat.", [("Japan", "criticizesOrAccuses", "UnitedStates")]),
    # ties reported as improved are no stated intent
    ("India and Japan improved relations last year.", None),
    # a headline's verb is not part of a title or a name; a former administration's president is former
    ("Danish Prime Minister Tells Trump to Back Off Over Greenland", None),
    ("The deal was signed before the former administration of President Moon Jae-in decided to end it.", None),
    # one's own side is not threatened: the spokesman announces what his air force will do
    ("Israel Defense Forces spokesman Daniel Hagari warned the Israeli Air Force will strike Lebanon.",
     [("DanielHagari", "threatens", "IsraeliAirForce")]),
    # the reason for sanctions is not the sanctioner's own act
    ("China announces sanctions on two US defense firms over arms sales to Taiwan",
     [("China", "providesAidTo", "Taiwan")]),
    ("France called on Russia to withdraw its troops from Ukraine.", [("France", "retreatsFrom", "Ukraine")]),
    ("Turkey voiced support for Azerbaijan.", [("Turkey", "providesAidTo", "Azerbaijan")]),
    # ethnic kin are not their kin state
    ("Serb forces killed three ethnic Albanians in southern Serbia.", None),
    # a meeting ahead is no meeting held; soldiers sitting down meet no one
    ("Before talks with Iran, the United States said it wanted a deal.", [("Iran", "meetsWith", "UnitedStates")]),
    ("The soldiers of Ghana sat down in the square.", None),
    # a light verb means nothing by itself: a mediation effort launched is no attack, fire opened is no intent
    ("The Kremlin launched a mediation effort between Armenia and Azerbaijan.", [("Russia", "attacked", "Armenia")]),
    ("Egyptian police opened fire on Sudanese migrants.", [("PoliceEgypt", "expressesIntentToCooperateWith", "Sudan")]),
    ("Israeli bulldozers demolished Palestinian homes in the West Bank.", [("Israel", "attacked", "Palestine")]),
    # a buyer paying is no threat; a spokeswoman warning of her own state's response does not threaten it
    ("Poland will pay for the tanks in installments.", None),
    # a reason given for an act is not the actor's own act; a past delivery is no pledge
    ("China will impose sanctions on two US defense firms over weapons sales to Taiwan.",
     [("China", "providesAidTo", "Taiwan"), ("China", "expressesIntentToCooperateWith", "Taiwan")]),
    ("Germany sent tanks to Ukraine.", [("Germany", "expressesIntentToCooperateWith", "Ukraine")]),
    # warning of a danger does not threaten it; welcoming a vote together is no meeting
    ("CISA and the FBI warned of Chinese hackers targeting telecom firms.", [("FederalBureauOfInvestigation", "threatens", "China")]),
    ("The BJP and the ANC both welcomed the vote.", None),
    ("The athletes trained in Kenya.", None),
    # no one expels or sanctions their own state
    ("Japan's coast guard expelled Chinese vessels from its waters.", [("CoastGuardJapan", "reducesRelationsWith", "Japan")]),
    ("China hit back at the United States over the tariffs.", [("China", "attacked", "UnitedStates")]),
    ("Tokyo called Beijing's move a provocation.", [("Japan", "demands", "China")]),
    ("The European Union voiced concern over China's military drills near Taiwan.",
     [("EuropeanUnion", "criticizesOrAccuses", "Taiwan")]),
    # no one demands of their own side
    ("Ukraine needs to receive more air defence systems, Ukrainian President Volodymyr Zelensky said.",
     [("VolodymyrZelensky", "demands", "Ukraine")]),
    ("Russia blocked a UN Security Council statement on the violence.",
     [("Russia", "attacked", "UnitedNationsSecurityCouncil")]),
    # a leader's visit is no meeting with his own state, whichever way the headline parses it
    ("Hungary withdraws from the court as Israel's Netanyahu visits", [("BenjaminNetanyahu", "meetsWith", "Israel")]),
    # people rallying to protest are not their state complaining
    ("Thousands of Kenyans rallied in Nairobi to protest against the government of President William Ruto.",
     [("Kenya", "criticizesOrAccuses", "WilliamRuto"), ("Kenya", "protestsAgainst", "WilliamRuto")]),
    # launching a mediation effort between two states is no attack between them
    ("Qatar launched a mediation effort on Saturday between the United Arab Emirates and Saudi Arabia.",
     [("SaudiArabia", "attacked", "UnitedArabEmirates"), ("UnitedArabEmirates", "attacked", "SaudiArabia")]),
    ("Chinese spokeswoman Mao Ning warned of China's resolute response if such sales continue.",
     [("MaoNing", "threatens", "China")]),
    # a meeting place is no party to the meeting; telling reporters or one's own troops is no demand
    ("Officials from Armenia and Azerbaijan met in Washington to discuss a peace treaty.",
     [("Armenia", "meetsWith", "UnitedStates"), ("Azerbaijan", "meetsWith", "UnitedStates")]),
    ("Putin told Russian troops to prepare for a long war.", [("VladimirPutin", "demands", "Russia")]),
    ("Officials told reporters that the talks would resume.", None),
    # what others say a state could do is no threat by that state
    ("Analysts said China could invade Taiwan by 2027.", [("China", "threatens", "Taiwan")]),
    # an envoy sent is no aid to the envoy; a treaty suspended is no actor; claiming that is no demand
    ("Brazilian President Luiz Inacio Lula da Silva sent his top foreign policy adviser, Celso Amorim.",
     [("LuizInacioLulaDaSilva", "providesAidTo", "CelsoAmorim")]),
    ("India suspended the Indus Waters Treaty.", None),
    ("Jamaica, the Bahamas and Belize have also promised troops.", None),
    ("Ukrainian President Volodymyr Zelenskiy welcomed the move and called on allies to increase pressure on Moscow.",
     [("VolodymyrZelensky", "demands", "Russia")]),
    ("Britain on Thursday imposed sanctions on four Chinese companies it accused of supplying drone components to "
     "Russia.", [("UnitedKingdom", "providesAidTo", "Russia")]),
    ("China considers Taiwan a breakaway province.", None),
    ("The French government protested. The junta has already expelled French forces.",
     [("France", "reducesRelationsWith", "France")]),
    ("Russian troops arrived in Kherson.", None),
    ("We turned to page five for the results.", None),
    ("Macron spoke to reporters in Paris.", None),
    # the reason for an act is not its target, nor paused by it, nor a plan
    ("Canada and Norway said they were pausing all of the council's work in protest at Moscow's invasion of Ukraine.",
     [("Canada", "reducesRelationsWith", "Ukraine"), ("Norway", "reducesRelationsWith", "Ukraine")]),
    ("Afghanistan and Pakistan agreed to a ceasefire after talks in Doha mediated by Qatar.",
     [("Qatar", "expressesIntentToCooperateWith", "Afghanistan"),
      ("Afghanistan", "expressesIntentToCooperateWith", "Pakistan")]),
    ("Norway paused its work in protest at Moscow's invasion of Ukraine.", [("Norway", "criticizesOrAccuses", "Ukraine")]),
    ("India and the United Kingdom agreed to work towards a bilateral investment treaty.",
     [("India", "signsAgreementWith", "UnitedKingdom"), ("UnitedKingdom", "signsAgreementWith", "India")]),
    # a state's forces killing "people" abroad are not killing their own people
    ("The United States military struck a boat in the Caribbean on Tuesday, killing 11 people.",
     [("UnitedStates", "attacked", "PeopleUnitedStates")]),
    # a match report is no war: scores, penalties, hat-tricks
    ("Argentina beat France 4-2 on penalties in the World Cup final.", None),
    ("Kylian Mbappe hit a hat-trick for France, and Emiliano Martinez saved a penalty from Kingsley Coman.", None),
    # weather, disease and markets are no belligerents
    ("Typhoon Haiyan hit the Philippines in November 2013, killing more than 6,000 people.", None),
    ("Netflix invaded the Indian market with cheaper plans.", None),
    ("Afghanistan and Pakistan agreed to an immediate ceasefire early on Sunday after talks in Doha mediated by "
     "Qatar and Turkey, Qatar's foreign ministry said.", [("Qatar", "expressesIntentToCooperateWith", "Afghanistan")]),
    ("China tolerated the provocation by the Philippines for years.", [("China", "threatens", "Philippines")]),
    ("The Arctic Council's eight member states - Canada, Denmark and Russia - paused their work.",
     [("ArcticCouncil", "reducesRelationsWith", "Canada")]),
    # only the accused answers with a denial
    ("India accused Pakistan of backing the attackers, which Russia denied.", [("Russia", "criticizesOrAccuses", "India")]),
    # a seat before a meeting is its venue; one's own participation is no party; ending cooperation is no membership
    ("The pause came days after an Oval Office meeting between Trump and Zelensky.",
     [("UnitedStates", "meetsWith", "VolodymyrZelensky"), ("DonaldTrump", "meetsWith", "UnitedStates")]),
    ("Japan, South Korea and Australia said they are suspending their participation in the forum.", None),
    ("Russia suspended its cooperation with NATO.", [("Russia", "memberOf", "NATO")]),
    # an analyst's forecast on a condition is no threat
    ("Analysts said China could blockade Taiwan if tensions rise.", [("China", "threatens", "Taiwan")]),
    # two who welcome or visit something do not meet each other by it; troops committed are no intent
    ("Modi and Starmer welcomed the agreement as a milestone.", None),
    ("Russia committed troops to the war with Ukraine.", [("Russia", "expressesIntentToCooperateWith", "Ukraine")]),
    # past service is no position; with two states named, a bare title is not guessed
    ("Smith worked for the Foreign Office until 2019.", None),
    ("Pakistan and Afghanistan met in Doha. Information Minister Attaullah Tarar said the talks were constructive.",
     [("AttaullahTarar", "holdsPosition", "Pakistan"), ("AttaullahTarar", "holdsPosition", "Afghanistan")]),
    # ties or an embassy only announced are an intent, not support given
    ("Israel and Morocco agreed to normalise relations.", [("Israel", "supports", "Morocco")]),
    ("The United States will reopen its embassy in Damascus.", [("UnitedStates", "supports", "Syria")]),
    # a withdrawal offered on a condition is no threat
    ("Turkey will withdraw its troops from Syria if Damascus secures the border.", [("Turkey", "threatens", "Syria")]),
    # ending a war ends no relation; observers of talks do not meet each other; a removal with no doer told
    # criticises no one; an ousted president holds no office; a group does not act on itself; a participle
    # reports a done act, no plan; an apposition is its own noun's alone
    ("He said Washington welcomed any effort to help end the war in Yemen.", [("UnitedStates", "reducesRelationsWith", "Yemen")]),
    ("The U.S. ambassador to Malaysia and China's envoy also attended the talks.", None),
    ("The four governments issued a statement expressing concern over Castillo's removal.", None),
    ("Mexico granted asylum to the family of ousted President Pedro Castillo.", [("PedroCastillo", "holdsPosition", "Peru")]),
    ("The Alliance of Sahel States, the confederation that groups Mali, Burkina Faso and Niger, said the three "
     "countries were recalling their envoys.", [("Mali", "reducesRelationsWith", "Niger"),
                                               ("Niger", "reducesRelationsWith", "BurkinaFaso")]),
    ("Iran and Saudi Arabia agreed to re-establish diplomatic relations, in a deal brokered by China.",
     [("China", "expressesIntentToCooperateWith", "Iran"), ("China", "expressesIntentToCooperateWith", "SaudiArabia")]),
    ("Dominica's Prime Minister Roosevelt Skerrit, the chair of the Caribbean Community, and Celso Amorim also took part.",
     [("CelsoAmorim", "memberOf", "CaribbeanCommunity"), ("CelsoAmorim", "holdsPosition", "CaribbeanCommunity")]),
    # a capital in a dateline is its state, no place in it; "LONDON" alone says nothing of a country
    ("MANILA, Philippines — Japan and the Philippines signed a pact.", [("MANILA", "locatedIn", "Philippines"),
                                                                     ("Manila", "locatedIn", "Philippines")]),
    ("LONDON, July 28 (Reuters) - Britain sanctioned Russia.", [("London", "locatedIn", "UnitedKingdom")]),
    ("India is concerned about the economy.", None),
    # met separately is no meeting of the guests; a call for calm with no fighting told names no one
    ("Erdogan met Mohamud and Abiy separately.", [("AbiyAhmed", "meetsWith", "HassanSheikhMohamud")]),
    ("The United Nations called for calm.", None),
    ("Algeria shot down a Malian military drone near the border.", [("Algeria", "rejects", "Mali")]),
    # a trigger that restates what its sentence said already is read: no weaker rule fills in for it
    ("Albania severed diplomatic relations with Iran on Wednesday and ordered Iranian diplomats and embassy staff "
     "to leave the country within 24 hours.", [("Albania", "demands", "Iran")]),
    ("Beijing hit back at Washington, saying it was interfering in China's internal affairs.",
     [("China", "attacked", "Washington"), ("China", "attacked", "UnitedStates")]),
    ("Japan summoned Chinese Ambassador Wu Jianghao to protest.", [("Japan", "criticizesOrAccuses", "WuJianghao")]),
    # two states before a bare title: no telling whose minister speaks; another's title names no state
    ("Russia attacked Ukraine overnight. Foreign Minister John Smith called the strikes barbaric.",
     [("JohnSmith", "holdsPosition", "Russia"), ("JohnSmith", "holdsPosition", "Ukraine")]),
    ("Foreign Minister Ana Cecilia Gervasi met Mexican Foreign Minister Marcelo Ebrard in Lima.",
     [("AnaCeciliaGervasi", "holdsPosition", "Mexico")]),
    ("China condemned the sanctions.\n\nThe talks in Geneva with Japan and India ended. Foreign Minister Li Wei "
     "said more talks would follow.", [("LiWei", "holdsPosition", "China")]),
    # "other" members: only those before the noun; "one of" a group's critics is no member
    ("Germany and other NATO allies sent tanks to Ukraine.", [("Ukraine", "memberOf", "NATO")]),
    ("Russia is one of the fiercest critics of NATO.", [("Russia", "memberOf", "NATO")]),
    # a denial answers only an accusation of the denier; "denied entry" refuses; a leader speaks for his state
    ("Britain accused Russia of the poisoning. China denied any involvement.",
     [("China", "criticizesOrAccuses", "UnitedKingdom")]),
    ("Hungary criticised Ukraine. Ukraine denied entry to Hungarian officials.",
     [("Ukraine", "criticizesOrAccuses", "Hungary")]),
    ("Putin told reporters Russia would help North Korea. Moscow denies the arms transfers.",
     [("VladimirPutin", "criticizesOrAccuses", "Russia"), ("Russia", "criticizesOrAccuses", "VladimirPutin")]),
    ("Russia did not deny the arms transfers. South Korea accused Russia of the transfers.",
     [("Russia", "criticizesOrAccuses", "SouthKorea")]),
    ("Kyiv blasted Hungary for blocking EU aid.", [("Ukraine", "attacked", "Hungary")]),
    ("Russia and North Korea signed a defence treaty on Wednesday. Adviser Chang Ho-jin said South Korea would "
     "reconsider its policy, and called the treaty \"a clear threat\" to the country.",
     [("SouthKorea", "criticizesOrAccuses", "Russia")]),
    # "a move" after a clause whose subject is the speaker: no one criticises themselves or their act
    ("China imposed tariffs on Canada, a move Beijing called a necessary response.",
     [("China", "criticizesOrAccuses", "China"), ("Canada", "criticizesOrAccuses", "China")]),
    ("Maduro and Ali shook hands at the start of talks hosted by St Vincent and the Grenadines Prime Minister "
     "Ralph Gonsalves.", [("NicolasMaduro", "meetsWith", "SaintVincentAndTheGrenadines")]),
    ("The BJP and the ANC shook the coalition.", [("BJP", "meetsWith", "ANC")]),
    ("The Spanish foreign ministry summoned Morocco's ambassador, Karima Benyaich, to express its displeasure.",
     [("ForeignMinistrySpain", "criticizesOrAccuses", "KarimaBenyaich")]),
    ("The UAE and Bahrain signed agreements to normalise relations with Israel on Tuesday.",
     [("Bahrain", "signsAgreementWith", "UnitedArabEmirates")]),
    ("Moscow called the U.S. killing of Soleimani a reckless step.",
     [("Russia", "criticizesOrAccuses", "QasemSoleimani")]),
    # "NATO ally" is membership, no alliance with NATO; an open question accuses no one; "should have"
    # reproaches; a dead man holds no post
    ("\"We stand in solidarity with our NATO ally Lithuania,\" State Department spokesman Ned Price said.",
     [("NATO", "alliesWith", "UnitedStates")]),
    ("The European Commission said it was assessing whether Beijing's trade measures breached WTO rules.",
     [("EuropeanCommission", "criticizesOrAccuses", "China")]),
    ("Moroccan minister Mustapha Ramid wrote that Spain should have known that hosting Ghali would come at a price.",
     [("MustaphaRamid", "demands", "Spain")]),
    ("Soleimani was killed at Baghdad airport along with Abu Mahdi al-Muhandis, deputy head of Iraq's Popular "
     "Mobilisation Forces.", [("AbuMahdiAlMuhandis", "holdsPosition", "Iraq"),
                              ("AbuMahdiAlMuhandis", "holdsPosition", "PopularMobilizationForces")]),
    ("Scott Morrison said the Chinese government should be \"utterly ashamed\" of the post.",
     [("ScottMorrison", "demands", "China")]),
    ("France recalled its ambassadors. Canberra will instead acquire submarines under a new security partnership "
     "with Washington and London.", [("France", "cooperatesMilitarilyWith", "UnitedStates")]),
    # a claim places nothing; breaking a taboo cuts no ties; a state does not answer its own ministry
    ("Russia claims Crimea is part of Russia.", [("Crimea", "locatedIn", "Russia")]),
    ("The UAE became the first Arab state in decades to break a long-standing taboo with the United States.",
     [("UnitedArabEmirates", "reducesRelationsWith", "UnitedStates")]),
    ("India's Ministry of External Affairs accused Canada of harbouring extremists. India rejected the accusation.",
     [("India", "criticizesOrAccuses", "MinistryOfExternalAffairs")]),
    ("Trump said in a phone call that he would not attend the summit in Canada.",
     [("DonaldTrump", "meetsWith", "Canada")]),
    ("Russia attacked Ukraine through the Black Sea Fleet.", [("Russia", "memberOf", "BlackSeaFleet")]),
    ("Japan worked through the grouping known as the Quad.", [("Japan", "memberOf", "Quad")]),
    ("The Council of Europe expelled Russia on Wednesday over its invasion of Ukraine.",
     [("CouncilOfEurope", "attacked", "Ukraine")]),
    ("Lee Jae-myung, the leader of South Korea's main opposition Democratic Party, called the plan humiliating.",
     [("LeeJaeMyung", "holdsPosition", "SouthKorea")]),
    # future participation, a co-agent, the far side of a border, a convention breached, "whether to leave"
    ("The United States and the Philippines held talks. Australian troops will also take part.",
     [("Australia", "meetsWith", "Philippines"), ("Australia", "meetsWith", "UnitedStates")]),
    ("The case was supported by the Organisation of Islamic Cooperation and by countries including Malaysia.",
     [("OrganisationOfIslamicCooperation", "providesAidTo", "Malaysia")]),
    ("Eyvin Hernandez was arrested by Venezuelan authorities near the border with Colombia in 2022.",
     [("Venezuela", "arrested", "Colombia")]),
    ("South Africa accused Israel of breaching the Genocide Convention in its offensive against Hamas.",
     [("Israel", "spiesOn", "Hamas")]),
    ("Pashinyan said Yerevan would decide later whether to leave the CSTO.",
     [("Armenia", "threatens", "CollectiveSecurityTreatyOrganization")]),
    ("China regards Ukraine's territory as sovereign.", [("China", "demands", "Ukraine")]),
    ("India was not in touch with Iran.", [("India", "meetsWith", "Iran")]),
    ("Russia warned it would respond if NATO deployed troops.", [("Russia", "demands", "NATO")]),
    ("The minister will brief Japan next week.", [("Japan", "sharesIntelligenceWith", "Japan")]),
    ("In July 2022 Russia and Ukraine signed separate documents with Ankara and the United Nations.",
     [("Russia", "signsAgreementWith", "Ukraine")]),
    ("Government spokesman Piotr Muller said Poland would talk to Ukraine.", [("PiotrMuller", "holdsPosition", "Ukraine")]),
    ("Japan and South Korea condemned the launch and pledged to work closely with the United States to counter "
     "threats from Pyongyang.", [("UnitedStates", "counters", "NorthKorea"),
                                 ("Japan", "expressesIntentToCooperateWith", "SouthKorea")]),
    # two partners of a third are not partners of each other; a shared possessor belongs to an apposition only
    ("Turkey and Sweden, two close partners of the United States, met in Madrid.",
     [("Sweden", "partnersWith", "Turkey")]),
    ("Biden thanked Qatar's emir and Egypt's president for their leadership and partnership.",
     [("Egypt", "partnersWith", "Qatar")]),
    # a ship seized in a strait: the strait is where, not what
    ("LONDON/DUBAI, July 20 (Reuters) - Britain warned Iran on Saturday of \"serious consequences\" if it did not release "
     "a British-flagged oil tanker seized by the Islamic Revolutionary Guard Corps in the Strait of Hormuz, the latest "
     "escalation in a confrontation over shipping in the world's most important oil waterway.",
     [("IslamicRevolutionaryGuardCorps", "attacked", "StraitOfHormuz")]),
    # ports on a sea are a country's, the sea is not; a critic of a leader holds no post; a former one none
    ("Russia will treat ships sailing to Ukraine's Black Sea ports as military targets.",
     [("BlackSea", "locatedIn", "Ukraine")]),
    ("John Smith, a fierce critic of President Vladimir Putin, spoke in London.", [("JohnSmith", "holdsPosition", "Russia")]),
    ("A former adviser to the Pentagon, John Smith, said the talks failed.",
     [("JohnSmith", "holdsPosition", "USDepartmentOfDefense")]),
    # an act that named no party is read only from the sentence just before
    ("Russia pulled out of the grain deal on Monday. Talks in Istanbul ended without progress. Guterres said he deeply "
     "regretted the decision.", [("AntonioGuterres", "criticizesOrAccuses", "Russia")]),
    # the leader of a party is no office of the party's country
    ("John Smith, leader of the Danish anti-immigration party Hard Line, spoke in Copenhagen.",
     [("JohnSmith", "holdsPosition", "Denmark")]),
    # a friendly act held out on a condition is an offer; undoing a hostile act is none
    ("Biden said the United States would lift sanctions if Iran complies.", [("JoeBiden", "threatens", "Iran")]),
    ("Biden said Washington would strike a deal if Iran agrees.", [("JoeBiden", "threatens", "Iran")]),
    ("Ukraine's deputy economy minister Taras Kachka said Kyiv would drop the case if Poland lifted the ban.",
     [("TarasKachka", "threatens", "Poland")]),
    # a friendly act refused, or a hostile one agreed, is no intent to cooperate
    ("The Taliban pledged not to allow al Qaeda to use Afghan soil.",
     [("Taliban", "expressesIntentToCooperateWith", "AlQaeda")]),
    ("The European Union agreed to widen its sanctions against Minsk.",
     [("EuropeanUnion", "expressesIntentToCooperateWith", "Belarus")]),
    # ties to be strengthened are an intent, not yet a partnership; a verb of its own owns its noun's act
    ("Chad will strengthen ties with the United Arab Emirates.", [("Chad", "partnersWith", "UnitedArabEmirates")]),
    ("Namibia accused Berlin of ignoring the killing of Palestinians in Gaza.",
     [("Germany", "attacked", "GazaStrip"), ("Germany", "attacked", "Palestine")]),
    # hosting troops or receiving people in a swap is no meeting; suspending an offensive cuts no ties; a
    # summit boycotted in a capital is no break with its state
    ("Niger has been hosting about 1,500 French troops and about 1,100 U.S. soldiers.",
     [("France", "meetsWith", "Niger"), ("Niger", "meetsWith", "UnitedStates")]),
    ("In return, Russia received eight people, among them Vadim Krasikov, who was serving a life sentence in Germany.",
     [("Russia", "meetsWith", "VadimKrasikov")]),
    ("The court ordered Russia to suspend its military operations in Ukraine.",
     [("Russia", "reducesRelationsWith", "Ukraine")]),
    ("Armenian Prime Minister Nikol Pashinyan boycotted the group's summit in Minsk in November.",
     [("NikolPashinyan", "reducesRelationsWith", "Belarus")]),
    # giving in is no gift; missiles fired into the sea near a state strike no one
    ("Lee accused Yoon of giving in to Japan without securing an apology.", [("YoonSukYeol", "providesAidTo", "Japan")]),
    ("The Eastern Theatre Command said its forces had carried out joint drills on Friday, a day after firing ballistic "
     "missiles into waters off Taiwan.", [("EasternTheatreCommand", "attacked", "Taiwan")]),
    # a former post is none
    ("Russian President Vladimir Putin, a former KGB officer, spoke.", [("VladimirPutin", "holdsPosition", "KGB")]),
    # whom one defends against is not helped
    ("Abiy said his country would defend its sovereignty against Egypt.", [("Ethiopia", "supports", "Egypt")]),
    # ... but not for one who rejects it
    ("China rejected the resolution, which condemned Russia.", [("China", "criticizesOrAccuses", "Russia")]),
    # ... not the doer's own report, nor a third party's
    ("Russia said it had struck Ukrainian positions.", [("Russia", "criticizesOrAccuses", "Ukraine")]),
    ("Ukraine said Russia attacked Poland.", [("Ukraine", "criticizesOrAccuses", "Russia")]),
    # ... but not where the arrest names who made it
    ("Alex Saab was arrested by Venezuelan police in Cape Verde.", [("CapeVerde", "arrested", "AlexSaab")]),
    # a demonym on a person's descriptor makes no act of the state; a holy book is no target
    ("Danish politician Rasmus Paludan criticised Turkey.", [("Denmark", "criticizesOrAccuses", "Turkey")]),
    ("Danish far-right politician Rasmus Paludan burned a copy of the Koran outside the Turkish embassy in Stockholm.",
     [("Denmark", "attacked", "Koran"), ("RasmusPaludan", "attacked", "Koran")]),
    ("Erdogan spoke on Monday. Rasmus Paludan, leader of the Danish anti-immigration party Hard Line, spoke too.",
     [("RasmusPaludan", "holdsPosition", "Denmark")]),
    # ... but not a campaign of words, nor the place a campaign happened in
    ("NATO started an information campaign against disinformation in Moldova.", [("NATO", "attacked", "Moldova")]),
    ("Kosovo was the scene of a 78-day NATO bombing campaign against Serbian forces in 1999.",
     [("Kosovo", "attacked", "Serbia")]),
    # the official's report of their side's stance is not repeated at the level of the state
    ("U.S. President Donald Trump said Washington would work with Britain.",
     [("UnitedStates", "expressesIntentToCooperateWith", "UnitedKingdom")]),
    ("British Foreign Secretary Jeremy Hunt said Iran was willing to negotiate with Britain.",
     [("JeremyHunt", "expressesIntentToCooperateWith", "UnitedKingdom")]),
    ("Russia's foreign ministry said Moscow would retaliate against Britain.", [("Russia", "threatens", "UnitedKingdom")]),
    # ... not to a deal others signed
    ("Egypt signed a deal with Sudan. Ethiopia is committed to the agreement.",
     [("Ethiopia", "expressesIntentToCooperateWith", "Egypt"), ("Ethiopia", "expressesIntentToCooperateWith", "Sudan")]),
    # a verb in the past tense reports a done act, whatever plan the clause it hangs on states
    ("Kenyan President William Ruto flew to Addis Ababa on Sunday to try to mediate and met Ethiopian Prime Minister "
     "Abiy Ahmed.", [("WilliamRuto", "expressesIntentToCooperateWith", "AbiyAhmed")]),
    # whom a report is "according to" is its source, not the act's object
    ("Hamas fighters seized some 240 hostages on Oct. 7, according to Israeli tallies.", [("Hamas", "arrested", "Israel")]),
    # the one who leads or backs a body, in its name, is not the body
    ("Armenia freezes participation in Russia-led security bloc, Pashinyan says.",
     [("Armenia", "reducesRelationsWith", "Russia")]),
    # ... not of a deal the sentence itself says is another one
    ("Morocco and the Polisario Front agreed to a ceasefire in 1991. The United Nations brokered a deal on fishing.",
     [("Morocco", "meetsWith", "UnitedNations")]),
    # ... but an act no one named again for four sentences is out of a description's reach
    ("Salwan Momika set fire to a copy of the Koran outside a mosque in Stockholm on Wednesday. Hundreds of people "
     "gathered outside the Swedish embassy in Baghdad. Police said the crowd left peacefully. Swedish police had "
     "approved the gathering. Moroccan Prime Minister Aziz Akhannouch called the burning \"deeply disrespectful\".",
     [("AzizAkhannouch", "criticizesOrAccuses", "SalwanMomika")]),
    # ... not of the leaders themselves
    ("Vladimir Putin and Kim Jong Un signed a mutual defence treaty in Pyongyang on Wednesday. Japanese Prime "
     "Minister Fumio Kishida called the treaty \"a serious threat\" to regional security.",
     [("FumioKishida", "criticizesOrAccuses", "VladimirPutin"), ("FumioKishida", "criticizesOrAccuses", "KimJongUn")]),
    ("Iran fired drones at an air base in Syria hosting U.S.-led coalition forces on Sunday.",
     [("Iran", "attacked", "Syria")]),
    # ... not a company's president, and not when two states compete
    ("Microsoft President Brad Smith met officials in Kenya on Monday.", [("BradSmith", "holdsPosition", "Kenya")]),
    ("President Hage Geingob met the leaders of Botswana and Zambia on Monday.",
     [("HageGeingob", "holdsPosition", "Botswana"), ("HageGeingob", "holdsPosition", "Zambia")]),
    # ... but warning a body and its allies is no membership of it
    ("Russia warned NATO and its allies against sending troops.", [("Russia", "memberOf", "NATO")]),
    # ... not aid that never was, or is denied
    ("Germany did not send weapons to Israel.", [("Germany", "reducesRelationsWith", "Israel")]),
    ("Russia denied supplying weapons to Iran.", [("Russia", "reducesRelationsWith", "Iran")]),
    ("Russia's envoy to the Arctic Council, Nikolai Korchunov, said the pause was regrettable.",
     [("NikolaiKorchunov", "holdsPosition", "ArcticCouncil")]),
    ("Amos Hochstein, Biden's envoy for Lebanon, met Nabih Berri in Beirut.",
     [("AmosHochstein", "holdsPosition", "Lebanon")]),
    # ... none when no doer is known
    ("The new sanctions will affect Iran's oil exports.", None),
    # "their Japanese counterparts" are of another state than the one the bare titles serve
    ("Defence Secretary Gilbert Teodoro and Foreign Affairs Secretary Enrique Manalo met their Japanese counterparts.",
     [("GilbertTeodoro", "holdsPosition", "Japan")]),
    # ... but going on with it, reported in the past, pledges nothing
    ("Britain continued to share intelligence with Ukraine.", [("UnitedKingdom", "expressesIntentToCooperateWith", "Ukraine")]),
    # colleagues who meet their counterparts, or officials of one state, do not meet each other
    ("Defence Secretary Gilbert Teodoro and Foreign Affairs Secretary Enrique Manalo met their Japanese counterparts "
     "in Tokyo.", [("EnriqueManalo", "meetsWith", "GilbertTeodoro")]),
    ("U.S. Secretary of State Antony Blinken and U.S. Defense Secretary Lloyd Austin met Indian officials in Delhi.",
     [("AntonyBlinken", "meetsWith", "LloydAustin")]),
    ("Yemen's Houthis claimed responsibility for a missile attack on a U.S. destroyer.",
     [("Houthis", "demands", "UnitedStates")]),
    # ... none when two states compete
    ("France and Germany recalled their ambassadors after Italy and Spain criticised them.",
     [("France", "reducesRelationsWith", "Italy"), ("France", "reducesRelationsWith", "Spain")]),
    # an attack at sea falls on no one's land: the sea is where, not whom
    ("The Houthis have attacked commercial ships in the Red Sea since November.", [("Houthis", "attacked", "RedSea")]),
    ("Iran seized a tanker in the Strait of Hormuz.", [("Iran", "attacked", "StraitOfHormuz")]),
    ("China retaliated against U.S. tariffs with its own duties.", [("China", "attacked", "UnitedStates")]),
    # a call on "the two countries", the speaker's own among them, asks nothing of the other
    ("India and China met in Kazan on Wednesday. Xi told Modi that the two countries should strengthen communication "
     "and cooperation.", [("XiJinping", "demands", "India")]),
    ("China brokered a deal between Saudi Arabia and Iran.",
     [("China", "signsAgreementWith", "SaudiArabia"), ("China", "signsAgreementWith", "Iran")]),
    ("Talks between members of NATO, Russia and China ended.", [("Russia", "memberOf", "NATO"), ("China", "memberOf", "NATO")]),
    ("Spokesman Nasser Kanaani said Iran itself had been the target of cyberattacks.",
     [("NasserKanaani", "threatens", "Iran")]),
    # a deal struck is no strike
    ("The patrolling deal struck between India and China eases tensions.",
     [("India", "attacked", "China"), ("China", "attacked", "India")]),
    # what a destroyer shoots down after a missile is the missile
    ("The Houthis fired a missile at a U.S. destroyer, which shot it down.",
     [("UnitedStates", "rejects", "Houthis"), ("UnitedStates", "attacked", "Houthis")]),
    # pushing a state toward a course of action is no repulsion
    ("Russia welcomed the decision, saying it could push Kyiv toward peace.", [("Russia", "repelled", "Ukraine")]),
    ("Russia pushed Ukraine to negotiate.", [("Russia", "repelled", "Ukraine")]),
    # the body that suspends a state is not a member of itself, nor is the state of its own decision
    ("The African Union suspended Niger from all its activities.", [("AfricanUnion", "memberOf", "AfricanUnion")]),
    # a person who chairs a body with no state in the sentence gives no state's membership
    ("Moussa Faki, who chairs the African Union Commission, called for calm.",
     [("Chad", "memberOf", "AfricanUnionCommission"), ("Chad", "memberOf", "AfricanUnion")]),
    # standing behind a podium or by a decision is no support for anyone
    ("Biden stood behind the podium as Zelensky spoke.", None),
    ("Macron stood by his decision to send troops to Estonia.", [("EmmanuelMacron", "supports", "Estonia")]),
    # the group named before the troops sent is whose troops they are, not their recipient
    ("Russia sent Wagner troops to Mali.", [("Russia", "providesAidTo", "WagnerGroup"), ("Russia", "providesAidTo", "Wagner")]),
    # a lawyer is no post: the client's state is not his employer
    ("Trump's lawyer, Rudy Giuliani, met Ukrainian officials in Madrid.", [("RudyGiuliani", "holdsPosition", "UnitedStates")]),
    # a counterpart serves the other side
    ("Lavrov met Rubio in Riyadh. Lavrov's counterpart, Marco Rubio, said the talks went well.",
     [("MarcoRubio", "holdsPosition", "Russia")]),
    # telling someone of an attack shares information; it does not break ties
    ("Kenya notified the United States of the attack.", [("Kenya", "reducesRelationsWith", "UnitedStates")]),
    ("Biden stood with Zelensky at the White House.", [("JoeBiden", "supports", "VolodymyrZelensky")]),
    # a state's measure at its own embassy is aimed at no one there
    ("Rubio said the State Department would suspend visa processing at the U.S. embassy in Bogota.",
     [("USDepartmentOfState", "sanctions", "EmbassyUnitedStates")]),
    # a bare title's holder does not serve the one state he acts on in the same clause
    ("President Smith criticised China.", [("Smith", "holdsPosition", "China")]),
    ("President Bush has threatened further action against Russia in a television address.",
     [("Bush", "holdsPosition", "Russia")]),
    # a response already given is reported, not threatened
    ("Israel struck Iranian air defences on Saturday. Iran responded with a statement.", [("Iran", "threatens", "Israel")]),
    # a call on both sides, the speaker's own among them, demands nothing of the other
    ("Xi told Modi that China and India should strengthen cooperation.", [("XiJinping", "demands", "India")]),
    ("Delegations from Pakistan and Afghanistan met in Doha under Qatari and Turkish mediation.",
     [("Qatar", "meetsWith", "Turkey")]),
    # one's own side's strike is no accusation; nor is a place beside the act
    ("Hezbollah said it was behind the rocket attack on northern Israel.", None),
    ("Russia said it was responsible for the strike on Kyiv.", None),
    ("Ukraine said Russia was in the talks about the attack.", None),
    # measures taken are no threat, and a vow of measures against a state is no cooperation with it
    ("China took countermeasures against Lithuania last year.", [("China", "threatens", "Lithuania")]),
    ("China vowed to take all necessary measures against the United States.",
     [("China", "expressesIntentToCooperateWith", "UnitedStates")]),
    # letting a state join is no threat; a pledge not to let a group act is no cooperation with it
    ("Hungary will not allow Ukraine to join the European Union.", [("Hungary", "threatens", "Ukraine")]),
    ("The Taliban pledged not to allow al Qaeda to use Afghan soil.", [("Taliban", "expressesIntentToCooperateWith", "AlQaeda")]),
    ("Washington will allow Ukraine to attack targets in Russia.", [("UnitedStates", "threatens", "Ukraine")]),
    # ... but a name given is no call
    ("Trump called Zelensky a dictator.", [("DonaldTrump", "meetsWith", "VolodymyrZelensky")]),
    # one who speaks after talks between others was not at them
    ("Foreign Secretary Vikram Misri briefed reporters after the talks between Modi and Xi.",
     [("NarendraModi", "meetsWith", "VikramMisri"), ("VikramMisri", "meetsWith", "XiJinping")]),
    # a place is no employer of an analyst; a state is not declared what its own clause says
    ("Brussels-based commentator Jane Doe said the talks had stalled.", None),
    ("Sudan cut diplomatic ties with the United Arab Emirates, declaring it an \"aggressor state\".",
     [("Sudan", "criticizesOrAccuses", "Sudan")]),
    # receiving intelligence is no visit; warning one's own civilians threatens no one
    ("Britain, which receives U.S. intelligence through the Five Eyes alliance, was barred from passing it on.",
     [("UnitedKingdom", "meetsWith", "UnitedStates")]),
    ("Ukraine relies on U.S. intelligence to target Russian forces and to warn civilians of incoming missile strikes.",
     [("Ukraine", "threatens", "Russia")]),
    # "the plan" is no accusation because "said X planned the attack" is one: its doer is not the accuser
    ("Seoul announced a compensation plan. Opposition leader Lee Jae-myung called the plan humiliating and accused "
     "President Yoon Suk Yeol of giving in to Japan. U.S. President Joe Biden hailed the compensation plan.",
     [("JoeBiden", "supports", "LeeJaeMyung")]),
    ("There were consequences for the economy after the war, the minister said.", None),
    # a recalled ambassador's own state is no party the severing is against
    ("The Security and Defence Council had decided to sever relations and recall Sudan's ambassador from Abu Dhabi.",
     [("SecurityAndDefenceCouncil", "reducesRelationsWith", "Sudan")]),
    # ... never with each other, and a party to a conflict signs nothing
    ("Britain, France and Germany, the European parties to the nuclear deal, urged both sides to show restraint.", None),
    ("The Houthis are a party to the conflict with Saudi Arabia.", None),
    # praise drawn is no criticism, and a reaction with no act before it names no target
    ("Russia launched a missile strike on Kyiv on Monday. The strike drew praise from Belarus.",
     [("Belarus", "criticizesOrAccuses", "Russia")]),
    ("The visit drew a protest from China.", None),
    # a complaint received is addressed to the receiver, not aimed at it
    ("The Security Council received a complaint from Ukraine about the strikes.", None),
    # a list after a body that runs on into the clause is no apposition of members
    ("Members of NATO, Russia and China met in Geneva.", [("Russia", "memberOf", "NATO"), ("China", "memberOf", "NATO")]),
    ("Twelve deaths were linked to the strike by Israel.", None),
    # a weapon's name receives nothing
    ("India will supply BrahMos cruise missiles to the Philippines under a $375 million deal.",
     [("India", "providesAidTo", "BrahMos")]),
    ("China suspended imports of Lithuanian beef and dairy products.", [("China", "reducesRelationsWith", "Lithuania")]),
    ("The United States imposed sanctions on NATO ally Turkey.", [("UnitedStates", "sanctions", "NATO")]),
    # a boat struck at sea: the sea is where, no one's land attacked (the gazetteer also names it the Caribbean Sea)
    ("The U.S. military struck a boat in the Caribbean on Tuesday, killing 11 people.", None),
    # a capital named only as a place is no government
    ("A think tank in Washington published the report.", None),
    # a response already made is no threat
    ("Iran responded to Israel's attack with a barrage of missiles.", [("Iran", "threatens", "Israel")]),
    ("Russia declared war on Ukraine.", [("Russia", "criticizesOrAccuses", "Ukraine")]),
    ("Iranian police arrested the suspect.", None),
    ("Thousands of Kenyans rallied in Nairobi.", None),
    ("Palestinians protested against Israel's settlement expansion.", [("PalestiniansPalestine", "protestsAgainst", "Palestine")]),
    ("The protesters left the square.", None),
    ("Mexico's president fired back, calling Glas' detention an authoritarian act.", None),
    ("A visiting U.S. delegation delivered the message directly to the Solomon Islands' leadership.",
     [("UnitedStates", "providesAidTo", "SolomonIslands")]),
    ("Marcos met with leaders of Japan and the United States.", [("Japan", "meetsWith", "UnitedStates")]),
    ("The reform will have consequences for the economy, the minister said.", None),
    # ordering one's own staff out of a state is no demand on that state
    ("Venezuela ordered the withdrawal of diplomatic staff from Argentina and Chile.",
     [("Venezuela", "demands", "Argentina"), ("Venezuela", "demands", "Chile")]),
    ("The M23 rebels seized Goma, the largest city in eastern Congo.",
     [("M23", "arrested", "DemocraticRepublicOfTheCongo")]),
    ("Israel struck Hezbollah in Lebanon.", [("Israel", "attacked", "Lebanon")]),
    ("The United States will take unspecified action against the South Pacific nation.", None),
    ("Trump called Zelensky a dictator.", [("DonaldTrump", "meetsWith", "VolodymyrZelensky")]),
    ('Prime Minister Justin Trudeau called the U.S. move "a very dumb thing to do."',
     [("JustinTrudeau", "demands", "UnitedStates")]),
    ("Rubio called his Indian counterpart on Monday.", [("MarcoRubio", "demands", "India")]),
    ("The city held fire drills with the Red Cross.", None),
    # what a resolution is about is not whom a veto is aimed at; a mission withdrawn is no meeting
    ("Russia and China vetoed the resolution on Syria.", [("Russia", "rejects", "Syria"), ("China", "rejects", "Syria")]),
    ("Canada withdrew its diplomatic mission to Iran.", [("Canada", "meetsWith", "Iran")]),
    # a title read before the name, however parsed, is the person's own state: no meeting with it
    ("Malaysia hosted talks between Thai acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister "
     "Hun Manet in Putrajaya.", [("PhumthamWechayachai", "meetsWith", "Thailand"), ("HunManet", "meetsWith", "Cambodia")]),
    ("Poland summoned Russia's top diplomat after claiming that Russian drones crossed into its airspace.",
     [("Poland", "demands", "Russia")]),
])
def test_relations_no_cooccurrence(nlp, text, unwanted):
    found = triples(extract(nlp, text))
    if unwanted is None:
        assert not found
    else:
        assert not set(unwanted) & found, found


def test_relations_a_leaders_own_seat_is_where_a_meeting_was_not_who_met(nlp):
    for text in ("After a White House meeting with Trump, Zelenskiy left.",
                 "The pause came days after a heated Oval Office meeting between Trump and Zelenskiy."):
        found = triples(extract(nlp, text, date="2025-03-05"))
        assert found == {("DonaldTrump", "meetsWith", "VolodymyrZelensky")}, text


def test_relations_a_meeting_named_by_a_seat_is_the_leader_whose_phrase_it_is_on(nlp):
    text = ("The move followed Trump's decision to pause military aid to Kyiv after a heated Oval Office meeting with "
            "Ukrainian President Volodymyr Zelenskiy.")
    found = triples(extract(nlp, text, date="2025-03-05"))
    assert ("DonaldTrump", "meetsWith", "VolodymyrZelensky") in found
    assert ("UnitedStates", "meetsWith", "VolodymyrZelensky") not in found


def test_relations_a_decision_is_not_an_intention_voiced(nlp):
    text = ("Zelenskiy said Ukraine was ready to sign a minerals deal with the United States. "
            "The Kremlin welcomed the decision.")
    found = triples(extract(nlp, text, date="2025-03-05"))
    assert not [t for t in found if t[0] == "Russia"], found


def test_relations_deploying_weapons_on_a_states_soil_is_no_attack_in_any_mood(nlp):
    ex = extract(nlp, "Poland's President Andrzej Duda called on NATO to deploy nuclear weapons on Polish soil.")
    assert {(r.subject, r.predicate, r.object, r.evidence.modality) for r in ex.relations if r.predicate != "holdsPosition"} \
        == {("AndrzejDuda", "demands", "NATO", "asserted")}
    assert ("Russia", "attacked", "Ukraine") in triples(extract(nlp, "Russia deployed drones against Ukrainian cities."))


@pytest.mark.parametrize("text,triple,modality", [
    ("Rwanda denied supporting the M23 rebels.", ("Rwanda", "providesAidTo", "M23"), "negated"),
    # "cut off" ends what it takes, as "called off" and "broke off" do
    ("Washington cut off intelligence sharing with Kyiv.", ("Ukraine", "sharesIntelligenceWith", "UnitedStates"),
     "negated"),
    # an ended partnership or pact no longer holds (unlike ended fighting, which was fought)
    ("Sweden ended its intelligence sharing with Turkey.", ("Sweden", "sharesIntelligenceWith", "Turkey"), "negated"),
    ("Moscow and Pyongyang have rejected accusations that North Korea has supplied Russia with artillery shells.",
     ("NorthKorea", "providesAidTo", "Russia"), "negated"),
    ("North Korea said it would no longer be bound by a 2018 military agreement with South Korea.",
     ("NorthKorea", "cooperatesMilitarilyWith", "SouthKorea"), "negated"),
    ("Experts said a spy satellite would improve North Korea's ability to target Japanese forces.",
     ("NorthKorea", "attacked", "Japan"), "hypothetical"),
    ("Washington accused Soleimani of plotting attacks on American troops.", ("QasemSoleimani", "attacked",
                                                                            "UnitedStates"), "hypothetical"),
    ("Israel has not ruled out a strike on Iran.", ("Israel", "attacked", "Iran"), "hypothetical"),
    ("Russia does not consider NATO a partner.", ("NATO", "partnersWith", "Russia"), "negated"),
    ("Xi invited Putin to visit Beijing.", ("China", "meetsWith", "VladimirPutin"), "hypothetical"),
    ("Israel will try to strike Iran.", ("Israel", "attacked", "Iran"), "hypothetical"),
    ("Russia will expel British diplomats if London does not apologise.", ("Russia", "reducesRelationsWith",
                                                                          "UnitedKingdom"), "hypothetical"),
    ("The United States did not sanction Turkey.", ("UnitedStates", "sanctions", "Turkey"), "negated"),
    ("If Russia attacks Estonia, NATO will respond.", ("Russia", "attacked", "Estonia"), "hypothetical"),
    ("Germany will not send Taurus missiles to Ukraine.", ("Germany", "providesAidTo", "Ukraine"), "negated"),
    ("Argentina applied to join BRICS.", ("Argentina", "memberOf", "BRICS"), "hypothetical"),
    # a threatened strike has not happened
    ("North Korea threatened to launch a nuclear strike on South Korea.", ("NorthKorea", "attacked", "SouthKorea"),
     "hypothetical"),
    ("Turkey expressed its readiness to host peace talks between Russia and Ukraine.",
     ("Russia", "meetsWith", "Ukraine"), "hypothetical"),
    ("Mali terminated its defence agreements with France.", ("France", "cooperatesMilitarilyWith", "Mali"), "negated"),
    ("China has avoided criticising the Houthis directly.", ("China", "criticizesOrAccuses", "Houthis"), "negated"),
    ("Turkey blocked Sweden's NATO membership for months.", ("Sweden", "memberOf", "NATO"), "negated"),
    ("China said it would partially lift its ban on seafood imports from Japan.", ("China", "sanctions", "Japan"),
     "negated"),
    ("Ghana did not end the pact in protest of Togo's stance.", ("Ghana", "criticizesOrAccuses", "Togo"), "negated"),
    ("Russia did not attack Finland and withdrew its troops from the border.", ("Russia", "attacked", "Finland"),
     "negated"),
    ("Beijing said Manila had not provoked the confrontation.", ("China", "criticizesOrAccuses", "Philippines"),
     "negated"),
    ("Macron is due to visit China next month.", ("China", "meetsWith", "EmmanuelMacron"), "hypothetical"),
    # what something is not: "is not a member" is negated like any other statement
    ("Ukraine is not a member of NATO.", ("Ukraine", "memberOf", "NATO"), "negated"),
    ("Serbia is not an EU member.", ("Serbia", "memberOf", "EuropeanUnion"), "negated"),
    # an attack announced with "will"/"would" has not happened
    ("Netanyahu said Israel would strike Hezbollah with great force.", ("Israel", "attacked", "Hezbollah"),
     "hypothetical"),
    ("Mali's junta has no right to order Jean Dupont, the French ambassador, to leave.",
     ("JuntaMali", "reducesRelationsWith", "France"), "negated"),
])
def test_relations_modality_is_kept_not_asserted(nlp, text, triple, modality):
    ex = extract(nlp, text)
    assert triple in triples(ex, modality)
    assert triple not in triples(ex, "asserted")


def test_relations_attribution_and_date(nlp):
    ex = extract(nlp, "In May 2022, Japan signed a security pact with Australia, officials said.")
    rel = next(r for r in ex.relations if r.predicate == "signsAgreementWith")
    assert rel.evidence.claimant == "officials"
    assert rel.evidence.date == "2022-05"
    ex = extract(nlp, "Last year India repelled Chinese forces, according to Bloomberg.", date="2023-03-01")
    rel = next(r for r in ex.relations if r.predicate == "repelled")
    assert rel.evidence.claimant == "Bloomberg" and rel.evidence.date == "2022"


def test_relations_evidence_offsets_point_at_the_sentence(nlp):
    text = "Title line\n\nThe weather was calm. Finland joined NATO in April 2023. Nothing else happened."
    ex = extract(nlp, text)
    rel = next(r for r in ex.relations if r.predicate == "memberOf")
    assert ex.article.text[rel.evidence.start:rel.evidence.end].strip() == rel.evidence.sentence
    assert rel.evidence.sentence == "Finland joined NATO in April 2023."


def test_relations_a_spaced_hyphen_reads_as_a_dash_and_the_evidence_keeps_the_hyphen(nlp):
    text = ("The seven Western members of the Arctic Council - Canada, Denmark, Finland, Iceland, Norway, Sweden "
            "and the United States - paused their cooperation with Russia.")
    ex = extract(nlp, text)
    found = triples(ex)
    assert {("Canada", "memberOf", "ArcticCouncil"), ("Canada", "reducesRelationsWith", "Russia"),
            ("UnitedStates", "reducesRelationsWith", "Russia")} <= found, found
    for rel in ex.relations:
        assert rel.evidence.sentence == text == ex.article.text[rel.evidence.start:rel.evidence.end].strip()


def test_relations_former_title_is_not_a_position(nlp):
    ex = extract(nlp, "Former US President Donald Trump spoke in Ohio.")
    assert not any(r.predicate == "holdsPosition" for r in ex.relations)


def test_relations_title_without_state_takes_the_office_held_on_the_article_date(nlp):
    ex = extract(nlp, "President Donald Trump threatened Colombia with tariffs.", date="2025-01-26")
    assert ("DonaldTrump", "holdsPosition", "UnitedStates") in triples(ex)
    assert any(e.key == "UnitedStates" and e.iso3 == "USA" for e in ex.entities)
    # before his second term began, "President" was not his office
    ex = extract(nlp, "President Donald Trump threatened Colombia with tariffs.", date="2023-06-01")
    assert ("DonaldTrump", "holdsPosition", "UnitedStates") not in triples(ex)


def test_relations_leaders_of_past_decades_hold_their_office_of_the_article_date(nlp):
    # the actor dictionary reaches back to the 1990s, as event coders' actor lists do
    ex = extract(nlp, "President Bill Clinton has imposed sanctions on the Taliban.", date="1999-07-06")
    assert {("BillClinton", "holdsPosition", "UnitedStates"), ("BillClinton", "sanctions", "Taliban")} <= triples(ex)
    ex = extract(nlp, "Yeltsin met Kohl in Bonn, and Chirac criticised Milosevic.", date="1996-06-01")
    assert {("BorisYeltsin", "meetsWith", "HelmutKohl"), ("JacquesChirac", "criticizesOrAccuses", "SlobodanMilosevic")} \
        <= triples(ex)
    # out of office, a known leader's title names no other state: not the only one the sentence names
    ex = extract(nlp, "Prime Minister Tony Blair criticised Russia.", date="2015-06-01")
    assert ("TonyBlair", "holdsPosition", "Russia") not in triples(ex)


def test_relations_accused_act_carries_the_accuser_as_claimant(nlp):
    ex = extract(nlp, "Poland accused Russia of attacking Ukraine.")
    rel = next(r for r in ex.relations if r.predicate == "attacked")
    assert (rel.subject, rel.object) == ("Russia", "Ukraine")
    assert rel.evidence.claimant == "Poland" and rel.evidence.attributed_to == "Poland"


def test_relations_no_one_meets_their_own_state(nlp):
    found = triples(extract(nlp, "Speaking in Nairobi, Kenyan President William Ruto praised the talks."))
    assert ("WilliamRuto", "holdsPosition", "Kenya") in found
    assert not {t for t in found if t[1] == "meetsWith"}, found
    # a visitor from elsewhere does meet the host state
    found = triples(extract(nlp, "Indian Prime Minister Narendra Modi arrived in Beijing for talks."))
    assert ("China", "meetsWith", "NarendraModi") in found


def test_relations_keep_the_ontology_ranges(nlp, tmp_path):
    # "the Emirates" may be read as a place; a mediation between a place and a state meets no place,
    # and the graph of such an article must still pass the SHACL shapes
    from kg.pipeline import build
    from kg.validate import validate_graph

    text = ("Quatar's emir, Sheikh Hamad bin Khalifa al-Thani launched a mediation effort on Saturday between the "
            "Emirates and Saudi Arabia whose ties have been strained.")
    ex = extract(nlp, text)
    types = {e.key: e.type for e in ex.entities}
    assert ex.relations  # the mediator still meets Saudi Arabia
    for r in ex.relations:
        assert types[r.object] != "Event" and types[r.subject] not in ("Location", "Event"), r
        if types[r.object] == "Location":
            assert r.predicate in ("attacked", "usesForceAgainst", "locatedIn", "holdsPosition"), r
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = validate_graph(build([tmp_path / "a.txt"], nlp=nlp).graph)
    assert report.conforms, report


def test_relations_sentence_back_is_right_as_the_first_sentence_lookup(nlp):
    # without mention resolution, "two sentences back" may be the first sentence lookup of an article
    from kg import docview
    from kg.entities import find_entities
    from kg.relations import Args, load_lexicon

    doc = nlp("Russia attacked Ukraine on Monday. Kyiv vowed to respond. Poland condemned the attack.")
    args = Args(docview.view(doc), find_entities(doc, nlp), load_lexicon())
    starts = [s.start for s in doc.sents]
    assert len(starts) == 3
    assert args.sentence_back(starts[2], 1) == starts[1]
    assert args.sentence_back(starts[2], 5) == starts[0]
    docview.release(doc)
