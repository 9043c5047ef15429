// Small embedded word lists for the free-text PHI detector (free-text-phi.ts). Generic knowledge only: common US
// given names and surnames (the kind of list published by the SSA and the Census Bureau), honorifics, street words.
// No list here is taken from an evaluation corpus. Lower case, space-separated; parsed once into Sets.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Common given names (US, mixed decades, incl. common Hispanic, Asian and European names used in the US). */
export const GIVEN_NAMES = words(`
aaron abby abigail ada adam adrian adriana agnes ahmed aidan aiden aisha alan albert alberto alejandra alejandro alex
alexa alexander alexandra alexis alfred alfredo ali alice alicia alina alison allison alma alvin amanda amber amelia amy
ana andre andrea andreas andres andrew andy angel angela angelica angelina anita ann anna anne annette annie anthony
antonio april arianna ariana arlene arnold arthur ashley audrey aurora austin ava barbara barry beatrice becky belinda ben
benjamin bernard bernice beth bethany betty beverly bianca bill billy blake bobby bonnie brad bradley brandon brenda brent
brett brian brianna bridget brittany brooke bruce bruno bryan byron caitlin caleb calvin cameron camila carl carla
carlos carmen carol carole caroline carolyn carrie casey cassandra catherine cathy cecilia cesar chad charles charlie
charlotte chelsea cheryl chloe chris christian christina christine christopher cindy claire clara clarence claudia clay
clayton clifford clinton cody colin colleen connie connor constance corey courtney craig crystal curtis cynthia daisy
dale dallas damian dan dana daniel daniela danielle danny darlene darrell darren daryl dave david dawn dean deanna debbie
deborah debra denise dennis derek derrick desiree destiny diana diane diego dolores dominic don donald donna dora doris
dorothy douglas duane dustin dwayne dylan earl eddie edgar edith eduardo edward edwin eileen elaine eleanor elena eli
elijah elisa elizabeth ella ellen ellie elsa emilio emily emma enrique eric erica erik erika erin ernest esperanza
esther ethan eugene eva evan evelyn fatima felicia felix fernando florence frances francis francisco frank franklin
fred freda frederick gabriel gabriela gabrielle gail gary gavin gene george georgia gerald gerardo gina giovanni gladys
glen glenda glenn gloria gordon greg gregory guadalupe gustavo gwen hailey haley hannah harold harriet harry harvey
hazel heather hector heidi helen henry herbert herman hilda holly howard hugo ian ibrahim ida ignacio irene iris irma
isaac isabel isabella isaiah ivan jack jackie jacob jacqueline jaime jake james jamie jan jane janet janice jared jasmine
jason javier jay jayden jean jeanette jeanne jeff jeffery jeffrey jenna jennifer jenny jeremiah jeremy jerome jerry
jesse jessica jesus jill jim jimmy jo joan joann joanna joanne joe joel johanna john johnny jon jonathan jordan jorge
jose josef joseph josephine josh joshua joy joyce juan juanita judith judy julia julian juliana julie julio june justin
kaitlyn kara karen kari karina karl kate katherine kathleen kathryn kathy katie katrina kay kayla keith kelly kelsey
ken kendra kenneth kenny kerry kevin kim kimberly kirk kristen kristin kristina kurt kyle lacey lance larry laura lauren
laurie lawrence leah lee leila lena leo leon leonard leroy leslie levi lewis liam lillian lily linda lindsay lindsey
lisa lloyd logan lois lonnie lorena lori lorraine louis louise lucas lucia lucy luis luke lydia lynn mackenzie madeline
madison maggie malik mandy manuel marc marcia marco marcus margaret margarita maria mariah marian marie marilyn marina
mario marion marisol marjorie mark marlene marsha marshall martha martin marvin mary mason mateo matthew maureen maurice
max maxine megan melanie melinda melissa melvin mercedes meredith mia micah michael michele michelle miguel mike
mildred miles miranda miriam mitchell mohamed mohammed molly monica monique morgan muhammad mya nadia nancy naomi natalie
natasha nathan nathaniel neil nelson nicholas nichole nicole nina noah noel nora norma norman olga olivia omar oscar
owen pablo paige pam pamela patricia patrick paul paula pauline pedro peggy penny peter philip phillip phyllis priscilla
rachel rafael ralph ramon randall randy raquel raul ray raymond rebecca regina reginald renee ricardo richard rick
ricky rita rob robert roberta roberto robin rodney rodrigo roger roland ronald ronnie rosa rosemary ross roxanne roy
ruben ruby russell ruth ryan sabrina sally samantha samuel sandra sandy santiago sara sarah scott sean sebastian
sergio seth shane shannon sharon shawn sheila shelby shelly sherry shirley sierra simon sofia sonia sophia sophie
stacey stacy stanley stella stephanie stephen steve steven stuart sue susan suzanne sydney sylvia tamara tammy tanya
tara taylor ted teresa terrance terrence terri terry thelma theodore theresa thomas tiffany tim timothy tina toby todd
tom tommy tony tracey traci tracy travis trevor troy tyler valerie vanessa vernon veronica vicki vickie victor victoria
vincent violet virginia vivian wade walter wanda warren wayne wendy wesley whitney william willie wilma xavier yolanda
yvette yvonne zachary zoe
akira hiroshi yuki kenji haruto sakura mei wei jun li ming hui ying chen jin min seo ji hyun soo young raj priya
anil sunil amit arjun deepak neha pooja rahul ravi sanjay vijay aarav ananya fatemeh hassan hussein karim khalid layla
mustafa nour omar rania samir tariq yasmin youssef zainab olumide chinedu kwame amara ngozi oluwaseun
anders astrid birgit bjorn dagmar dieter elke erik greta gunnar hans heinz helga ingrid jens jorgen karin katrin klaus
lars lena magnus mette nils olaf ole per rolf sigrid sven ulla ulrich wolfgang
agata andrzej anna bogdan dariusz ewa grzegorz jacek jakub jan janusz jerzy joanna kasia katarzyna krzysztof malgorzata
marek marta michal monika pawel piotr tomasz wojciech zofia
alessandro alessia andrea antonella chiara daniele davide elisa federica federico francesca giacomo giulia giuseppe
laura lorenzo luca marco matteo paolo roberta silvia simone stefano valentina
adrien amelie antoine aurelie camille celine chloe claude delphine elodie emilie etienne francois guillaume helene
jacques jerome julien laurent lucie manon mathieu nathalie nicolas pascal pierre sebastien sylvie thierry valerie
vincent yves
dmitri igor ivan natalia nikolai olga sergei svetlana tatiana vladimir yulia
`);

/** Common surnames (US Census top names, plus common Hispanic, Asian, European ones). */
export const SURNAMES = words(`
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson anderson
thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson walker young
allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell mitchell carter roberts
gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers gutierrez
ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez wood james
bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez powell jenkins
perry russell sullivan bell coleman butler henderson barnes gonzales fisher vasquez simmons romero jordan patterson
alexander hamilton graham reynolds griffin wallace moreno west cole hayes bryant herrera gibson ellis tran medina
aguilar stevens murray ford castro marshall owens harrison fernandez mcdonald woods washington kennedy wells vargas
henry chen freeman webb tucker guzman burns crawford olson simpson porter hunter gordon mendez silva shaw snyder mason
dixon munoz hunt hicks holmes palmer wagner black robertson boyd rose stone salazar fox warren mills meyer rice schmidt
garza daniels ferguson nichols stephens soto weaver ryan gardner payne grant dunn kelley spencer hawkins arnold pierce
vazquez hansen peters santos hart bradley knight elliott cunningham duncan armstrong hudson carroll lane riley andrews
alvarado ray delgado berry perkins hoffman johnston matthews pena richards contreras willis carpenter lawrence sandoval
guerrero george chapman rios estrada ortega watkins greene nunez wheeler valdez harper burke larson santiago maldonado
morrison franklin carlson austin dominguez carr lawson jacobs obrien lynch singh vega bishop montgomery oliver jensen
harvey williamson gilbert dean sims espinoza howell li wong reid hanson le mccoy garrett burton fuller wang weber
welch rojas lucas marquez fields park yang little banks padilla day walsh bowman schultz luna fowler mejia davidson
acosta brewer may holland juarez newman pearson curtis cortez douglas schneider joseph barrett navarro figueroa keller
avila wade molina stanley hopkins campos barnett bates chambers caldwell beck lambert miranda byrd craig ayala lowe
frazier powers neal leonard gregory carrillo sutton fleming rhodes shelton schwartz norris jennings watts duran
walters cohen mcdaniel moran parks steele vaughn becker holt deleon barker terry hale leon hail benson haynes horton
miles lyons pham graves bush thornton wolfe warner cabrera mckinney mann zimmerman dawson lara fletcher page mccarthy
love robles cervantes solis erickson reeves chang klein salinas fuentes baldwin daniel simon velasquez hardy higgins
aguirre lin cummings chandler sharp barber bowen ochoa dennis robbins liu ramsey francis griffith paul blair oconnor
cardenas pacheco cross calderon quinn moss swanson chan rivas khan rodgers serrano fitzgerald rosales stevenson
christensen manning gill curry mclaughlin harmon mcgee gross doyle garner newton burgess reese walton blake trujillo
adkins brady goodman roman webster goodwin fischer huang potter delacruz montoya todd wu hines mullins castaneda
malone cannon tate mack sherman hubbard hodges zhang guerra wolf valencia saunders franco rowe gallagher farmer hammond
hampton townsend ingram wise gallegos clarke barton schroeder maxwell waters logan camacho strickland norman person
colon parsons frank harrington glover osborne buchanan casey floyd patton ibarra ball tyler suarez bowers orozco
salas cobb gibbs andrade bauer conner moody escobar mcguire lloyd mueller hartman french kramer mcbride pope lindsey
velazquez norton mccormick sparks flynn yates hogan marsh macias villanueva zamora pratt stokes owen ballard lang
brock villarreal charles drake barrera cain patrick pineda burnett mercado santana shepherd bautista ali shaffer
lamb trevino mckenzie hess beil olsen cochran morton nash wilkins petersen briggs shah roth nicholson holloway lozano
flowers rangel hoover arias short mora valenzuela bryan meyers weiss underwood bass greer summers houston carson
morrow clayton whitaker decker yoder collier zuniga carey wilcox melendez poole roberson larsen conley davenport
copeland massey lam huff rocha cameron jefferson hood monroe anthony pittman huynh randall singleton kirk combs
mathis christian skinner bradford richard galvan wall boone kirby wilkinson bridges bruce atkinson velez meza roy
vincent york hodge villa abbott allison tapia gates chase sosa sweeney farrell wyatt dalton horn barron phelps yu
dickerson heath foley atkins mathews bonilla acevedo benitez zavala hensley glenn cisneros harrell shields rubio
huffman choi boyer garrison arroyo bond kane hancock callahan dillon cline wiggins grimes arellano melton oneill
savage ho beltran pitts parrish ponce rich booth koch golden ware brennan mcdowell marks cantu humphrey baxter
sawyer clay tanner hutchinson kaur berg wiley gilmore russo villegas hobbs keith wilkerson ahmed beard mcclain
montes mata rosario vang walter henson oneal mosley mcclure beasley stephenson snow huerta preston vance barry johns
eaton blackwell dyer prince macdonald solomon guevara stafford english hurst woodard cortes shannon kemp nolan mccullough
merritt murillo moon salgado strong kline cordova barajas roach rosas winters jacobson lester knox bullock kerr leach
meadows orr davila whitehead pruitt kent conway mckee barr david dejesus marin berger mcintyre blankenship gaines
palacios cuevas bartlett durham dorsey mccall odonnell stein browning stout lowery sloan mclean hendricks calhoun
sexton chung gentry hull duarte ellison nielsen gillespie buck middleton sellers leblanc esparza hardin bradshaw
mcintosh howe livingston frost glass morse knapp herman stark bravo noble spears weeks corona frederick buckley
mcfarland hebert enriquez hickman quintero randolph schaefer walls trejo house reilly pennington michael conrad
giles benjamin crosby fitzpatrick donovan mays mahoney valentine raymond medrano hahn mcmillan small bentley felix
peck lucero boyle hanna pace rush hurley harding mcconnell bernal nava ayers everett ventura avery pugh mayer bender
shepard mcmahon landry case sampson moses magana blackburn dunlap gould duffy vaughan herring mckay espinosa rivers
farley bernard ashley friedman potts truong costa correa blevins nixon clements fry delarosa best benton lugo
portillo dougherty crane haley phan villalobos blanchard horne finley quintana lynn esquivel bean dodson mullen
xiong hayden cano levy huber richmond moyer lim frye sheppard mccarty avalos booker waller parra woodward jaramillo
krueger rasmussen brandt peralta donaldson stuart faulkner maynard galindo coffey estes sanford burch maddox vo
oconnell vu andersen spence mcpherson church schmitt stanton leal cherry compton dudley sierra pollard alfaro hester
proctor lu hinton novak good madden mccann terrell jarvis dickson reyna cantrell mayo branch hendrix rollins rowland
whitney duke odom daugherty travis tang archer
muller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter klein wolf schroder neumann
schwarz zimmermann braun kruger hofmann hartmann lange werner krause lehmann kohler maier huber kaiser fuchs peters
lang jung hahn vogel keller gunther frank berger roth beck lorenz baumann franke albrecht winter ludwig bohm kraus
jensen nielsen hansen pedersen andersen christensen larsen sorensen rasmussen johansen olsen petersen kristensen
johansson andersson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson jonsson lindberg
lindstrom lindqvist berglund bergstrom lundberg lundgren
nowak kowalski wisniewski wojcik kowalczyk kaminski lewandowski zielinski szymanski wozniak dabrowski kozlowski
jankowski mazur kwiatkowski krawczyk piotrowski grabowski nowakowski pawlowski michalski adamczyk dudek zajac
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti deluca mancini costa giordano
rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli martini leone longo gentile
martinelli vitale lombardo serra coppola desantis marchetti
dubois durand leroy moreau laurent lefebvre michel fournier girard bonnet dupont lambert fontaine rousseau vincent
muller lefevre faure andre mercier blanc guerin boyer garnier chevalier francois legrand gauthier perrin robin clement
morin nicolas henry roussel mathieu gautier masson marchand duval denis dumont marie lemaire noel meyer dufour meunier
ivanov smirnov kuznetsov popov vasiliev petrov sokolov mikhailov novikov fedorov morozov volkov alekseev lebedev
semenov egorov pavlov kozlov stepanov nikolaev orlov andreev makarov nikitin zakharov
yamamoto tanaka suzuki watanabe takahashi ito nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue
kimura hayashi shimizu saito
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng
kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong
nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
patel shah sharma singh kumar gupta mehta joshi desai reddy rao iyer nair pillai chopra kapoor malhotra agarwal
mohammed ahmed hassan hussein ali ibrahim khalil mahmoud mustafa abdullah rahman khan aziz
okafor okeke adeyemi mensah owusu nkosi
murphy kelly sullivan walsh byrne ryan oconnor doyle mccarthy gallagher doherty kennedy lynch murray quinn moore
mcloughlin carroll connolly daly connell wilson dunne brennan burke collins campbell clarke
`);

/** Given names that are also ordinary English words: count only with other evidence. */
export const AMBIGUOUS_NAMES = words(`
april august autumn bill bob brook brooke buck bud candy carol chase chip christian clay cliff crystal dale dawn dean
destiny dusty earl faith fern frank gay gene ginger glen grace grant guy hale hall hazel heath herb holly hope iris ivy
jack jade jay jean jewel joy june kit lance lane laurel lee lily major mark marshall mason max may miles misty noble
olive pat patience paul pearl penny per rich rob robin rock rose ruby rusty sage sandy scott shelby sky skip
sterling stone storm summer sunny terry tucker ward wade will willow win
adams allen bailey baker banks barber bass beck bell best bird black bond booth bowman brown bush butler cain cannon
carpenter carter case chambers chance church clay cook cooper cross day dean dodge drake duke dunn english field
fields fisher fleming ford forest foster fox frost gardner gates gentry gill glass golden good grant graves gray
green greene guy hall hardy hart hawkins hay hill holland holmes hood hope horn house hunt hunter joy keen king knight
lamb land lane law little long love lucky mann march marsh mason mayo meadows miles mills moon moore morgan moss
nash newman noble north page park parks parsons payne person pierce poole pope porter potter powers pratt price
prince rice rich rivers roach rose ross rush sharp shepherd short silva simple singer small snow sparks spears
spencer stark steele stone strong summers sutton swift tanner taylor temple terry tower turner vance wall walls ward
ware waters weaver webb weeks wells west white wise wolf wood woods young
`);

/** Honorifics and titles that precede a name (compared lower case, without the trailing dot). */
export const HONORIFICS = words(`
mr mrs ms miss mx dr doctor prof professor sir dame madam madame mme mlle herr frau sr sra srta rev reverend
fr father sister brother nurse capt captain sgt lt col gen judge hon atty
`);

/** Name particles that may sit inside a person's name ("Ludwig van Beethoven", "Willem de Vries"). */
export const NAME_PARTICLES = words(`van von der den de del della da das dos di du la le ten ter bin ibn al el st`);

/** Name suffixes. */
export const NAME_SUFFIXES = words(`jr sr ii iii iv v phd md rn`);

/** Words after a capitalised run that make it an organisation or a place, not a person. */
export const ORG_OR_PLACE_WORDS = words(`
inc incorporated llc ltd limited corp corporation co company group associates partners bank university college
school hospital clinic center centre health healthcare medical orchestra band foundation institute systems
technologies technology solutions services insurance holdings international industries labs laboratory
laboratories pharmacy pharma consulting capital partners agency department ministry council committee club
county city state republic kingdom island islands river lake mountains valley airport station church cathedral
museum library park stadium hotel restaurant cafe street st avenue ave road rd boulevard blvd lane drive
way square plaza highway court
`);

/**
 * Capitalised words that are never a person's name in this product's evidence: sentence starters, calendar words,
 * HTTP and OAuth vocabulary, FHIR resource types, Oracle Health product words. Lower case.
 */
export const NOT_NAME_WORDS = words(`
a an the this that these those my your his her our their its i you he she we they it me him us them who whom whose
what when where why how which there here is are was were be been being am do does did done have has had having will
would shall should can could may might must not no nor yes and or but if then else so for of to in on at by with from
as about into over under after before since until while during between through against without within upon also
just only very too more most less least all any some every each other another such same both either neither own
new old good great best better first last next previous one two three four five six seven eight nine ten hundred
please thanks thank hello hi hey dear ok okay sorry welcome yes well oh
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april june july august september october november december jan feb mar apr jun jul aug sep
sept oct nov dec today tomorrow yesterday morning evening afternoon night noon midnight week month year
patient practitioner encounter observation specimen condition procedure medication account basic binary bundle claim
communication composition consent contract coverage device endpoint evidence flag goal group immunization invoice
library linkage list location measure media organization parameters person provenance questionnaire schedule slot
subscription substance task appointment allergy intolerance diagnostic report document reference care plan team
family member history imaging study request response statement dispense administration nutrition order service
related capability operation outcome value set code system concept map structure definition search parameter
bearer basic dpop negotiate token tokens access refresh scope scopes client clients tenant tenants secret assertion
authorization authentication authorize authorized unauthorized forbidden insufficient invalid expired error errors
cerner oracle health central console millennium ignite code open fhir smart launch sandbox production prod nonprod
cloudflare akamai fastly imperva incapsula sucuri cloudfront nginx tomcat jetty werkzeug django flask whitelabel
domain domains epic app apps application applications api apis server servers service services system systems provider
providers portal hospital clinic analyst support ticket forum developer developers program member marketplace track
content type accept date host user agent cookie cookies set cache control connection length encoding origin referer
referrer pragma expires vary etag location server via forwarded allow retry after strict transport security
x id ids uuid json xml html http https get post put patch delete options head trace connect status ok created accepted
found moved bad request not gateway timeout internal unavailable conflict gone precondition unprocessable
info debug warn warning fatal critical notice log logs logger message messages exception stack caused
example examples expected actual result results background workflow question questions screenshot summary issue issues
problem problems step steps update updated note notes true false null none undefined yes no
optional nil
read vread search create export import bulk
`);

/** Street words that end a US/UK-style street name ("Elm Street", "5th Ave"). */
export const STREET_SUFFIXES = words(`
street st str avenue ave av road rd drive dr lane ln boulevard blvd court ct circle cir way place pl terrace ter
parkway pkwy highway hwy square sq trail trl alley aly crescent cres close row walk path pike loop run crossing xing
plaza plz park parks gardens gdns grove heights hts hill hills ridge bend cove creek glen meadow meadows turnpike
tpke expressway expy freeway fwy junction jct landing manor mews mill mills orchard pass passage pines port route rte
spur summit track union unions valley village center centre common commons estate estates field fields ford forest
fork forks gateway harbor harbour haven island key knoll lake lakes mount mountain oval ramp ranch rapids shore shores
spring springs stream throughway trace tunnel vista wall wells point pt station ville fall falls flat flats green
greens isle neck prairie radial ridges river shoals skyway square squares stravenue trafficway underpass viaduct
`);

/** Street words that start a street name ("Rue de Rivoli", "Via Roma", "Calle Mayor"). */
export const STREET_PREFIXES = words(
  `rue via viale calle avenida avda av avenue rua praca plaza plac ulica ul piazza strada carrer camino paseo largo travessa`,
);

/** Endings of single-word street names in northern and central European languages (Hauptstrasse, Storgatan). */
export const STREET_WORD_ENDINGS = [
  "strasse",
  "straße",
  "str.",
  "gasse",
  "weg",
  "platz",
  "allee",
  "damm",
  "laan",
  "straat",
  "gracht",
  "plein",
  "kade",
  "gade",
  "vej",
  "stræde",
  "gatan",
  "vägen",
  "gränd",
  "veien",
  "vegen",
  "gata",
  "gate",
  "katu",
  "tie",
  "kuja",
  "polku",
  "utca",
  "út",
  "tér",
  "ulica",
  "náměstí",
  "třída",
  "iela",
  "tänav",
  "gatve",
  "stræti",
];

/** Unit designators inside an address. */
export const UNIT_WORDS = words(`apt apartment suite ste unit bldg building floor fl room rm dept lot box`);

/** Relationship and role nouns that often precede a person's name. */
export const PERSON_CUE_WORDS = words(`
mother father mom dad son daughter wife husband spouse partner brother sister sibling kid child children baby
grandmother grandfather grandma grandpa aunt uncle cousin nephew niece friend boss manager colleague coworker
neighbor neighbour patient guardian caregiver physician doctor nurse surgeon therapist member subscriber insured
guarantor resident author assistant
`);
