// Portuguese word lists for the language engine.
import type { LangData } from './types';

export const pt: LangData = {
  code: 'pt',
  detect: 'o a os as de do da dos das que e em um uma para com não no na por se mais foi ao ele',
  stop: 'a ao aos as até com como da das de dela dele deles do dos e é ela elas ele eles em entre era essa esse esta este eu foi foram há isso isto já lhe mais mas me mesmo meu minha muito na nas nem no nos não o os ou para pela pelas pelo pelos por porque qual quando que quem se sem ser seu seus sua suas também te tem um uma umas uns você num numa sobre após ainda depois está estão sido ter tinha',
  speech: 'disse diz afirmou afirma declarou declara explicou explica acrescentou acrescenta ressaltou ressalta destacou destaca disseram afirmaram garantiu garante comentou comenta escreveu escreve respondeu responde reconheceu reconhece admitiu admite completou completa contou conta lembrou lembra observou observa alertou alerta anunciou anuncia concluiu frisou salientou falou fala afirmando dizendo',
  source: 'segundo|de acordo com|conforme|para',
  titles: 'sr sra srta dr dra dom dona',
  roles: 'presidente ministro ministra porta-voz secretário secretária chefe diretor diretora líder governador governadora prefeito prefeita senador senadora deputado deputada juiz juíza procurador advogado advogada professor professora técnico treinador comandante especialista analista pesquisador fundador embaixador',
  months: 'janeiro/jan fevereiro/fev março/mar abril/abr maio/mai junho/jun julho/jul agosto/ago setembro/set outubro/out novembro/nov dezembro/dez',
  weekdays: 'segunda-feira/segunda terça-feira/terça quarta-feira/quarta quinta-feira/quinta sexta-feira/sexta sábado domingo',
  numbers: 'um:1 uma:1 dois:2 duas:2 três:3 quatro:4 cinco:5 seis:6 sete:7 oito:8 nove:9 dez:10 onze:11 doze:12 vinte:20 trinta:30 quarenta:40 cinquenta:50 cem:100 mil:1000 dúzia:12',
  scales: 'mil:1e3 milhão:1e6 milhões:1e6 bilhão:1e9 bilhões:1e9 mi:1e6 bi:1e9',
  relDays: 'ontem:-1 hoje:0 amanhã:1 anteontem:-2',
  pronouns: 'ele ela',
  placePreps: 'em no na',
  abbrev: 'sr sra srta dr dra etc ex pág núm art',
  percent: 'por cento',
  boiler: 'por|foto|crédito|leia também|leia mais|veja também|folhapress|afp|reuters',
};
