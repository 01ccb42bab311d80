import type { UiTranslation } from '../schema'

export const pt = {
  'site.name': 'Portal JP-MIRAI',
  'site.tagline': 'Informações para trabalhadores migrantes que vivem no Japão',
  'site.footerNote':
    'A JP-MIRAI trabalha com empresas, organizações e governos locais para que os trabalhadores migrantes possam trabalhar e viver com segurança no Japão.',

  'nav.skipToContent': 'Ir para o conteúdo principal',
  'nav.menu': 'Menu',
  'nav.home': 'Início',
  'nav.search': 'Buscar',
  'nav.organisation': 'Sobre a JP-MIRAI',
  'nav.newsletters': 'Boletins',

  'language.label': 'Idioma',
  'language.choose': 'Escolha seu idioma',
  'language.suggested': 'Seu navegador está em {language}',

  'article.latest': 'Artigos recentes',
  'article.all': 'Todos os artigos',
  'article.readMore': 'Leia mais',
  'article.categories': 'Categorias',
  'article.tags': 'Tags',
  'article.related': 'Artigos relacionados',

  'video.related': 'Vídeos relacionados',
  'video.play': 'Reproduzir vídeo: {title}',
  'video.loadsFromYouTube': 'O vídeo é carregado do YouTube quando você toca em reproduzir.',
  'video.transcript': 'Transcrição',
  'video.duration': 'Duração',
  'video.captions': 'Legendas',

  'pagination.pageOf': 'Página {page} de {total}',
  'pagination.previous': 'Página anterior',
  'pagination.next': 'Próxima página',

  'fallback.title': 'Ainda não disponível no seu idioma',
  'fallback.text': 'Esta página ainda não tem tradução em {language}. Ela aparece em {fallback}.',

  'consultation.title': 'Consulta gratuita no seu idioma',
  'consultation.call': 'Ligar para {phone}',
  'consultation.hours': 'Horário (hora do Japão)',
  'consultation.languages': 'Idiomas',
  'consultation.free': 'Gratuito',
  'consultation.email': 'E-mail',
  'consultation.chat': 'Chat',
  'consultation.website': 'Site',

  'furigana.show': 'Mostrar furigana (ajuda de leitura)',
  'furigana.hide': 'Ocultar furigana',

  'event.upcoming': 'Próximos eventos',
  'event.past': 'Eventos anteriores',
  'event.noneUpcoming': 'No momento, não há eventos programados.',
  'event.when': 'Data e hora',
  'event.where': 'Local',
  'event.online': 'On-line',
  'event.organiser': 'Organizador',
  'event.membersOnly': 'Somente membros',
  'event.register': 'Inscrever-se',
  'event.registerBy': 'Inscrições até {date}',
  'event.addToCalendar': 'Adicionar à agenda (.ics)',
  'event.programme': 'Programação',
  'event.speakers': 'Palestrantes',
  'event.report': 'Relatório',
  'event.attendance': '{count} participantes',

  'country.sendingScheme': 'Como os trabalhadores vêm ao Japão',
  'country.recruitmentFees': 'Taxas de recrutamento',
  'country.contacts': 'Contatos',
  'country.website': 'Site',

  'goodPractice.number': 'Boa prática nº {number}',
  'goodPractice.commitments': 'Compromissos do Código de Conduta',
  'goodPractice.memberOrganisation': 'Organização membro',

  'newsletter.issueNumber': 'N.º {number}',
  'newsletter.shownIn': 'Ainda não traduzido (mostrado em {language})',
  'newsletter.viewSite': 'Visitar o site',
  'newsletter.footer': 'Você recebe este e-mail como membro ou assinante da JP-MIRAI.',
  'newsletter.unsubscribe': 'Cancelar inscrição',

  'safety.title': 'Autoavaliação de segurança',
  'safety.learnMore': 'Leia as regras',
  'safety.services': 'Onde pedir ajuda gratuita',
  'safety.yes': 'Sim',
  'safety.no': 'Não',
  'safety.back': 'Voltar',
  'safety.progress': 'Pergunta {n} de {total}',
  'safety.results': 'Seu resultado',
  'safety.nothing': 'Não encontramos nada que pareça um problema. Você pode pedir ajuda a qualquer momento.',
  'safety.again': 'Fazer de novo',
  'safety.openNow': 'Aberto agora',
  'safety.closedNow': 'Fechado agora',
  'safety.print': 'Imprimir',
  'safety.keep': 'Guardar o resultado neste aparelho',
  'safety.kept': 'Guardado neste aparelho em {date}',
  'safety.forget': 'Apagar o resultado guardado',

  'offline.saved': 'Você está off-line. Esta página foi salva em {date}.',
  'offline.missing': 'Você está off-line e esta página não foi salva. Abra de novo quando estiver conectado.',

  'search.label': 'Buscar neste site',
  'search.placeholder': 'Digite palavras para buscar',
  'search.needsJs': 'A busca precisa de JavaScript. Você pode ver os artigos por categoria.',

  'notFound.title': 'Página não encontrada',
  'notFound.text': 'Não encontramos esta página. Ela pode ter mudado de endereço.',
  'notFound.backHome': 'Voltar à página inicial',

  'feed.rss': 'Feed RSS',
} as const satisfies UiTranslation
