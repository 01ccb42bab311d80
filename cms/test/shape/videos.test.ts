import { describe, expect, it } from 'vitest'

import { shapeVideos } from '../../src/export/shape/videos'
import { image, inLanguages, jaOnly, testContext, text, video } from './fixtures'

describe('videos', () => {
  it('leaves out a video the site cannot play, with a warning', () => {
    const { ctx, warnings } = testContext({ files: { f1: { url: '/media/f1.mp4', mimeType: 'video/mp4' } } })
    const shaped = shapeVideos(
      [
        jaOnly(video({ id: 'v1', youtubeId: 'dQw4w9WgXcQ' })),
        jaOnly(video({ id: 'v2', file: 'f1' })),
        jaOnly(video({ id: 'v3', file: 'missing-file' })),
      ],
      ctx,
    )
    expect(shaped.map((v) => v.id)).toEqual(['v1', 'v2'])
    expect(shaped[1]!.file).toEqual({ url: '/media/f1.mp4', mimeType: 'video/mp4' })
    expect(warnings).toEqual([
      'videos v3: has neither a YouTube video nor a file the site can play; left out of the site',
    ])
  })

  it('needs only a title in a language; description and transcript may be missing', () => {
    const { ctx } = testContext({ images: { p1: image('p1') } })
    const doc = video({
      id: 'v1',
      youtubeId: 'abc',
      poster: 'p1',
      description: '説明',
      transcript: text('字幕'),
      captionLanguages: ['ja', 'vi'],
      durationSeconds: 90,
    })
    const [shaped] = shapeVideos(
      [
        inLanguages({
          ja: doc,
          vi: { ...doc, title: 'Video', description: null, transcript: null },
          en: { ...doc, title: ' ' },
        }),
      ],
      ctx,
    )
    expect(Object.keys(shaped!.translations)).toEqual(['ja', 'vi'])
    expect(shaped!.translations.vi).toEqual({ title: 'Video', description: null, transcript: null })
    expect(shaped).toMatchObject({
      youtubeId: 'abc',
      file: null,
      poster: image('p1'),
      captionLanguages: ['ja', 'vi'],
      durationSeconds: 90,
    })
  })
})
