/** German and English stop words plus profile filler ("wir bieten", "partner", "solutions"), folded. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a aber about above after again against all alle allem allen aller alles als also am an and ander
andere anderen anderer anderes angebot angebote any are area areas as at auch auf aus austausch be
because been before bei beim being below bereich bereiche bereichen between biete bieten bietet bin
bis bist both branche branchen but by bzw ca can collaboration companies company contact contacts
cooperation could da damit dann das dass dasselbe dazu dein deine dem den denn der des deshalb
dessen dialog dialogue did die dies diese diesem diesen dieser dieses do doch does doing dort down
du durch during e.g each eg ein eine einem einen einer eines einige einmal er erfahrung erfahrungen
es especially etc etwa etwas euch euer exchange experience few find firma firmen for from fur
further gegen gern gerne gesucht gewesen good gut gute guten hab habe haben had has hat hatte hatten
have having he her here hers herself hier him himself hin hinter his how i ich idea ideas idee ideen
ie if ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem industries industry ins
insbesondere interesse interest interested into is ist it its itself ja jede jedem jeden jeder jedes
jetzt just kann kein keine konnen konnte kontakt kontakte kooperation kooperationen look looking
losung losungen machen man manche me mehr mein meine mit moglichkeit moglichkeiten more most muss
mussen my myself nach network networks netzwerk netzwerke neue neuen neuer neues new nicht nichts no
noch nor not now nun nur ob oder of off offer offering offers ohne on once only opportunities
opportunity or other our ours ourselves out over own partner partnerin partnern partners project
projects projekt projekte projekten projektpartner region regional regionale regionalen sachsen
sachsischen same saxony seek seeking seeks sehr sein seine she should sich sie sind so solche soll
sollen solution solutions some sondern sowie sowohl such suche suchen sucht than that the their
theirs them thema themen themselves then there these they this those through to too topic topics
uber um und under uns unser unsere unserem unseren unserer unter unternehmen until up usw very viel
vom von vor wann war waren warum was we weil weiter welche welchem welchen welcher wenn wer werde
werden were what when where which while who whom why wie wieder will wir wird with wo wollen would
wurde wurden you your yours yourself z.b zb zu zum zur zusammenarbeit zwar zwischen`.split(/\s+/),
);
