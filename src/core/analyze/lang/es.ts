// Spanish word lists for the language engine.
import type { LangData } from './types';

export const es: LangData = {
  code: 'es',
  detect: 'el la los las de del que y en un una por con para es se su al lo como más pero fue ha',
  stop: 'a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era es esa esas ese eso esos esta estaba estas este esto estos está están fue fueron ha había han hasta hay la las le les lo los más me mi mis muy mucho nada ni no nos nosotros o otra otras otro otros para pero poco por porque que qué quien se sea ser si sido sin sobre son su sus también tan te tiene tienen todo todos tu un una uno unos y ya yo sí cada así según tras',
  speech: 'dijo dice afirmó afirma aseguró asegura declaró declara explicó explica señaló señala indicó indica añadió añade agregó agrega sostuvo sostiene manifestó manifiesta advirtió advierte destacó destaca subrayó subraya expresó expresa comentó comenta escribió escribe respondió responde reconoció reconoce insistió insiste apuntó apunta precisó precisa anunció anuncia concluyó remarcó relató resumió llamó denunció criticó agregando diciendo',
  source: 'según|de acuerdo con|para',
  titles: 'sr sra srta don doña dr dra lic ing',
  roles: 'presidente presidenta ministro ministra portavoz vocero vocera secretario secretaria jefe jefa director directora líder gobernador gobernadora alcalde alcaldesa senador senadora diputado diputada juez jueza fiscal abogado abogada profesor profesora entrenador técnico experto experta analista investigador investigadora fundador canciller embajador comisario',
  months: 'enero/ene febrero/feb marzo/mar abril/abr mayo/may junio/jun julio/jul agosto/ago septiembre/setiembre/sept/sep octubre/oct noviembre/nov diciembre/dic',
  weekdays: 'lunes martes miércoles jueves viernes sábado domingo',
  numbers: 'uno:1 una:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 once:11 doce:12 veinte:20 treinta:30 cuarenta:40 cincuenta:50 cien:100 ciento:100 mil:1000 docena:12',
  scales: 'mil:1e3 millón:1e6 millones:1e6 billón:1e12 billones:1e12',
  relDays: 'ayer:-1 hoy:0 mañana:1 anteayer:-2',
  pronouns: 'él ella',
  placePreps: 'en a desde hacia',
  abbrev: 'sr sra srta dr dra lic ing etc ej pág núm art ee.uu uu ee',
  percent: 'por ciento',
  boiler: 'por|foto|crédito|leer más|lea también|ver más|efe|afp|reuters',
};
