import type { UiTranslation } from '../schema'

export const es = {
  'site.name': 'Portal JP-MIRAI',
  'site.tagline': 'Información para trabajadores migrantes que viven en Japón',
  'site.footerNote':
    'JP-MIRAI trabaja con empresas, organizaciones y gobiernos locales para que los trabajadores migrantes puedan trabajar y vivir seguros en Japón.',

  'nav.skipToContent': 'Ir al contenido principal',
  'nav.menu': 'Menú',
  'nav.home': 'Inicio',
  'nav.search': 'Buscar',
  'nav.organisation': 'Sobre JP-MIRAI',
  'nav.newsletters': 'Boletines',

  'language.label': 'Idioma',
  'language.choose': 'Elige tu idioma',
  'language.suggested': 'Tu navegador está en {language}',

  'article.latest': 'Artículos recientes',
  'article.all': 'Todos los artículos',
  'article.readMore': 'Leer más',
  'article.categories': 'Categorías',
  'article.tags': 'Etiquetas',
  'article.related': 'Artículos relacionados',

  'video.related': 'Videos relacionados',
  'video.play': 'Reproducir video: {title}',
  'video.loadsFromYouTube': 'El video se carga desde YouTube cuando tocas reproducir.',
  'video.transcript': 'Transcripción',
  'video.duration': 'Duración',
  'video.captions': 'Subtítulos',

  'pagination.pageOf': 'Página {page} de {total}',
  'pagination.previous': 'Página anterior',
  'pagination.next': 'Página siguiente',

  'fallback.title': 'Aún no está en tu idioma',
  'fallback.text': 'Esta página aún no tiene traducción en {language}. Se muestra en {fallback}.',

  'consultation.title': 'Consulta gratis en tu idioma',
  'consultation.call': 'Llamar al {phone}',
  'consultation.hours': 'Horario (hora de Japón)',
  'consultation.languages': 'Idiomas',
  'consultation.free': 'Gratis',
  'consultation.email': 'Correo',
  'consultation.chat': 'Chat',
  'consultation.website': 'Sitio web',

  'furigana.show': 'Mostrar furigana (ayuda de lectura)',
  'furigana.hide': 'Ocultar furigana',

  'event.upcoming': 'Próximos eventos',
  'event.past': 'Eventos pasados',
  'event.noneUpcoming': 'Por ahora no hay eventos programados.',
  'event.when': 'Fecha y hora',
  'event.where': 'Lugar',
  'event.online': 'En línea',
  'event.organiser': 'Organizador',
  'event.membersOnly': 'Solo para miembros',
  'event.register': 'Inscribirse',
  'event.registerBy': 'Inscripción hasta: {date}',
  'event.addToCalendar': 'Agregar al calendario (.ics)',
  'event.programme': 'Programa',
  'event.speakers': 'Ponentes',
  'event.report': 'Informe',
  'event.attendance': '{count} participantes',

  'country.sendingScheme': 'Cómo llegan los trabajadores a Japón',
  'country.recruitmentFees': 'Comisiones de contratación',
  'country.contacts': 'Contactos',
  'country.website': 'Sitio web',

  'goodPractice.number': 'Buena práctica n.º {number}',
  'goodPractice.commitments': 'Compromisos del Código de Conducta',
  'goodPractice.memberOrganisation': 'Organización miembro',

  'newsletter.issueNumber': 'N.º {number}',
  'newsletter.shownIn': 'Aún no traducido (se muestra en {language})',
  'newsletter.viewSite': 'Visitar el sitio web',
  'newsletter.footer': 'Recibe este correo como miembro o suscriptor de JP-MIRAI.',
  'newsletter.unsubscribe': 'Cancelar la suscripción',

  'safety.title': 'Autoevaluación de seguridad',
  'safety.learnMore': 'Lea las reglas',
  'safety.services': 'Dónde pedir ayuda gratis',
  'safety.yes': 'Sí',
  'safety.no': 'No',
  'safety.back': 'Atrás',
  'safety.progress': 'Pregunta {n} de {total}',
  'safety.results': 'Su resultado',
  'safety.nothing': 'No encontramos nada que parezca un problema. Puede pedir ayuda en cualquier momento.',
  'safety.again': 'Volver a empezar',
  'safety.openNow': 'Abierto ahora',
  'safety.closedNow': 'Cerrado ahora',
  'safety.print': 'Imprimir',
  'safety.keep': 'Guardar el resultado en este dispositivo',
  'safety.kept': 'Guardado en este dispositivo el {date}',
  'safety.forget': 'Borrar el resultado guardado',

  'offline.saved': 'Está sin conexión. Esta página se guardó el {date}.',
  'offline.missing': 'Está sin conexión y esta página no se guardó. Ábrala de nuevo cuando tenga conexión.',

  'search.label': 'Buscar en este sitio',
  'search.placeholder': 'Escribe palabras para buscar',
  'search.needsJs': 'La búsqueda necesita JavaScript. Puedes ver los artículos por categoría.',

  'notFound.title': 'Página no encontrada',
  'notFound.text': 'No encontramos esta página. Puede que se haya movido.',
  'notFound.backHome': 'Volver al inicio',

  'feed.rss': 'Canal RSS',
} as const satisfies UiTranslation
