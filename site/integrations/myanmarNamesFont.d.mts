import type { AstroIntegration } from 'astro'

export declare const NAMES_FONT: string
export declare function myanmarNamesText(): string
export declare function writeMyanmarNamesFont(file?: string): Promise<Uint8Array>
export default function myanmarNamesFont(): AstroIntegration
