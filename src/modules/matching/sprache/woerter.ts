/**
 * Word lists of the matcher: stop words (German and English, not searched), everyday words that are
 * never "corrected" as typos, and a base lexicon of common parts of municipal compound words
 * (the decompounder also uses the words of the indexed catalogue and of the thesaurus).
 * All entries are keys (see `schluessel()`): lower case, ä→ae, ö→oe, ü→ue, ß→ss.
 */

const liste = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const STOPPWOERTER = liste(`
aber alle allem allen aller alles als also am an andere anderem anderen anderer anderes anders auch auf aus
bei beim bin bis bist bitte da dabei dadurch dafuer dagegen daher damit dann daran darauf daraus darf darin darueber
darum das dass davon dazu dein deine dem den denen denn der deren des deshalb dessen dich die dies diese diesem diesen
dieser dieses dir doch dort du durch eben ebenfalls ein eine einem einen einer eines einig einige einigem einigen
einiger einiges einmal er es etwa etwas euch euer eure fuer gar gegen gewesen hab habe haben hat hatte hatten hier hin
hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im immer in indem ins ist ja jede jedem jeden jeder jedes
jedoch jetzt kann kein keine keinem keinen keiner keines koennen koennte koennten man manche manchem manchen mancher
manches mehr mein meine meinem meinen meiner meines mich mir mit muss muessen musste nach nachdem nein nicht nichts noch
nun nur ob oder ohne oft sehr sein seine seinem seinen seiner seines seit selbst sich sie sind so solche solchem
solchen solcher solches soll sollen sollte sollten sondern sonst sowie ueber um und uns unser unsere unserem unseren
unserer unseres unter viel viele vielen vom von vor waehrend war waren warum was weil weiter welche welchem welchen
welcher welches wenn wer werde werden wie wieder will wir wird wirst wo wollen wollte wuerde wuerden zu zum zur zwar
zwischen leider gerne bereits schon ganz eher etwa ca bzw usw zb dh ggf evtl inkl sowohl weder
gibt geht gab gehen hatten wurde wurden worden ueberhaupt irgendwie irgendein irgendeine derzeit momentan aktuell
mal halt nie kaum jemand niemand keiner eigentlich wirklich gerade genau sogar trotzdem deswegen damals heute gestern
manchmal staendig stets ueberall irgendwo zurzeit leute dinge sachen sache ding macht machen gemacht lassen laesst bekommt
sieht sehen weiss wissen steht stehen liegt liegen bleibt bleiben muessten koennten sollten haette haetten waere waeren
a about above after again against all am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers him his how i
if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own
same she should so some such than that the their theirs them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours
`);

/** Everyday words of need descriptions: searched as they are, never "corrected" into a catalogue word. */
export const ALLTAGSWOERTER = liste(`
brauchen brauchten braeuchten suchen suche gesucht moechten moechte wuenschen wuensche wunsch hilfe helfen hilft
problem probleme problematisch loesung loesungen idee ideen ansatz besser schneller einfacher einfach schwierig
funktioniert funktionieren klappt klappen machen macht gemacht kommen kommt bekommen erreichen erreicht finden
findet gefunden fehlt fehlen fehlende mangel viel viele wenig wenige immer oft staendig haeufig selten lange langsam
zu gross klein neu neue neuen alt alte alten gut gute schlecht schlechte hoch hohe niedrig teuer guenstig kosten
gemeinde stadt kommune kreis landkreis buerger buergerinnen menschen leute einwohner mitarbeitende verwaltung
`);

/**
 * Common parts of municipal compounds (heads and modifiers), so that a query compound can be split
 * even if a part does not occur on its own in the catalogue.
 */
export const BASISLEXIKON = liste(`
amt aemter antrag antraege anmeldung abfall abwasser akte akten alarm angebot anlage arbeit arzt aerzte ausbau
ausweis auto bahn bad bau bauen bedarf beratung bericht betreuung betrieb bezahlung bild bildung buerger buero
bus dach daten dienst digital dorf energie entwicklung erfassung fahrrad fahrt familie feld feuer feuerwehr flaeche
flucht foerderung formular frau fuehrung garten gebaeude gebuehr geld gemeinde genehmigung gericht gesundheit grund
gruen hafen haus hilfe hof hund jugend kind kinder kita klima kosten kraft kreis kultur land laerm lager leistung licht
luft markt meldung melder mobil mobilitaet mueller muell nahverkehr netz not nutzung ordnung ort park parken pflege
plan planung platz portal post programm projekt quartier rad rat raum rechnung recht rettung sanierung schaden
schule schutz see senior service sicherheit solar sozial spiel sport stadt stelle steuer strasse strom system tag
team technik termin tier tourismus verkehr verwaltung versorgung vertrag wagen wald wasser weg welt wert wirtschaft
wohnen wohnung workflow zeit zentrum zettel zug zuschuss
`);

/** Words that are never the last part of a compound (they are inflection or derivation, not a head). */
export const KEIN_KOPF = liste('innen ende enden ern ung ungen heit keit schaft lich chen');
