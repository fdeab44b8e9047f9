// English word lists for the language engine.
import type { LangData } from './types';

export const en: LangData = {
  code: 'en',
  detect: 'the of and to in is that for it was on with as he at by this have from they be are said his not but we you will has would which',
  stop: 'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves said says one two new like may many much must us also yet even still last first year years told',
  speech: 'said says say saying told tells added adds explained explains stated states noted notes wrote writes asked asks replied replies declared declares announced announces insisted insists warned warns argued argues claimed claims continued continues recalled recalls tweeted tweets posted acknowledged admitted conceded confirmed cautioned complained concluded observed remarked reported stressed suggested testified urged commented responded joked shouted whispered emphasized emphasised predicted recounted promised vowed called reads pointed described describes adding telling insisting',
  source: 'according to|in the words of',
  titles: 'mr mrs ms miss dr prof sir dame lord lady rev gen col capt lt sgt sen rep gov president pres',
  roles: 'president minister spokesman spokeswoman spokesperson secretary chief director chairman chairwoman chair ceo founder leader governor mayor senator congressman congresswoman representative judge officer professor manager coach analyst executive head prime chancellor ambassador commissioner general commander official researcher scientist author lawyer attorney economist spokesman-designate premier king queen prince pope bishop captain editor reporter deputy writer correspondent columnist photographer producer attorney-general inspector fellow ministers officials spokesperson',
  months: 'january/jan february/feb march/mar april/apr may june/jun july/jul august/aug september/sept/sep october/oct november/nov december/dec',
  weekdays: 'monday tuesday wednesday thursday friday saturday sunday',
  numbers: 'one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 thirteen:13 fourteen:14 fifteen:15 sixteen:16 seventeen:17 eighteen:18 nineteen:19 twenty:20 thirty:30 forty:40 fifty:50 sixty:60 seventy:70 eighty:80 ninety:90 hundred:100 dozen:12',
  scales: 'thousand:1e3 million:1e6 millions:1e6 billion:1e9 billions:1e9 trillion:1e12 bn:1e9',
  relDays: 'yesterday:-1 today:0 tomorrow:1 tonight:0',
  pronouns: 'he she they',
  placePreps: 'in near across throughout outside inside',
  abbrev: 'mr mrs ms dr st jr sr prof gen sen rep gov lt col capt sgt vs etc e.g i.e u.s u.k u.n no inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig approx dept est',
  percent: 'percent|per cent',
  boiler: 'by|photo|credit|image|read more|related|advertisement|follow|subscribe|sign up|getty images|reuters|ap photo',
};
