/**
 * The ministry's guideline PDFs: {@link jp.tenken.pdf.GuidelinePdf} is the one guarded opener of a PDF from outside
 * (size, pages, encryption, scripts and attachments checked before any text is taken) and the only place that uses
 * {@code org.apache.pdfbox}; {@link jp.tenken.pdf.VolumeParser} recognises a volume's title page, chapters and
 * 遵守事項 from its text by structure and meaning. It may use the domain and i18n; never storage or xlsx.
 */
package jp.tenken.pdf;
