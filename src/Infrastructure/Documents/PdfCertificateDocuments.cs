using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using InvestPromo.Application.Common.Interfaces;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace InvestPromo.Infrastructure.Documents;

/// <summary>
/// Certificates as PDF with PDFsharp (MIT). PDFsharp draws text only with fonts handed to it by a font resolver: the first
/// existing file of <see cref="DocumentOptions.ChineseFontPaths"/> (a .ttc collection's first face, cut out as a .ttf).
/// </summary>
public sealed class PdfCertificateDocuments(IOptions<DocumentOptions> options) : ICertificateDocuments
{
    private const string Family = "InvestPromoCjk";

    public byte[]? RenderAmbassadorCertificate(AmbassadorCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var path = options.Value.FontPaths.FirstOrDefault(File.Exists);
        if (path is null)
        {
            return null;
        }

        var face = FileFontResolver.Register(path);
        var document = new PdfDocument();
        document.Info.Title = $"{certificate.Name} {certificate.CertificateNumber}";
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var width = page.Width.Point;
            var height = page.Height.Point;
            var unicode = new XPdfFontOptions(PdfFontEncoding.Unicode);
            var title = new XFont(face, 40, XFontStyleEx.Regular, unicode);
            var body = new XFont(face, 18, XFontStyleEx.Regular, unicode);
            var small = new XFont(face, 13, XFontStyleEx.Regular, unicode);
            var red = new XSolidBrush(XColor.FromArgb(176, 28, 28));
            gfx.DrawRectangle(new XPen(XColor.FromArgb(176, 28, 28), 4), 28, 28, width - 56, height - 56);
            gfx.DrawRectangle(new XPen(XColor.FromArgb(196, 160, 80), 1.5), 38, 38, width - 76, height - 76);
            gfx.DrawString("聘  书", title, red, new XRect(0, 150, width, 60), XStringFormats.TopCenter);
            var lines = new List<string>
            {
                $"兹聘请 {certificate.Name} 为",
                $"{certificate.HomeCityName}{certificate.Year.ToString(CultureInfo.InvariantCulture)}年度招商大使。",
            };
            if (!string.IsNullOrWhiteSpace(certificate.Organisation))
            {
                lines.Add($"{certificate.Organisation}{(string.IsNullOrWhiteSpace(certificate.Title) ? string.Empty : " " + certificate.Title)}");
            }

            var y = 290.0;
            foreach (var line in lines)
            {
                gfx.DrawString(line, body, XBrushes.Black, new XRect(80, y, width - 160, 30), XStringFormats.TopCenter);
                y += 40;
            }

            gfx.DrawString($"证书编号：{certificate.CertificateNumber}", small, XBrushes.Black, new XRect(80, height - 230, width - 160, 20), XStringFormats.TopLeft);
            var date = certificate.AppointedOn is { } on
                ? $"{on.Year}年{on.Month}月{on.Day}日"
                : $"{certificate.Year.ToString(CultureInfo.InvariantCulture)}年";
            gfx.DrawString($"{certificate.HomeCityName}人民政府", body, XBrushes.Black, new XRect(80, height - 200, width - 160, 24), XStringFormats.TopRight);
            gfx.DrawString(date, small, XBrushes.Black, new XRect(80, height - 168, width - 160, 20), XStringFormats.TopRight);
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>
    /// The process-wide PDFsharp resolver (PDFsharp keeps one): every requested family resolves to the face registered for the
    /// font file last asked for; each file is read once.
    /// </summary>
    private sealed class FileFontResolver : IFontResolver
    {
        private static readonly Lock Gate = new();
        private static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);
        private static FileFontResolver? instance;

        public static string Register(string path)
        {
            var face = $"{Family}-{(uint)StringComparer.Ordinal.GetHashCode(path):x8}";
            Faces.GetOrAdd(face, _ => FirstFace(File.ReadAllBytes(path)));
            lock (Gate)
            {
                if (instance is null)
                {
                    instance = new FileFontResolver();
                    GlobalFontSettings.FontResolver = instance;
                }
            }

            return face;
        }

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            Faces.ContainsKey(familyName) ? new FontResolverInfo(familyName)
            : Faces.Keys.FirstOrDefault() is { } any ? new FontResolverInfo(any)
            : null;

        public byte[]? GetFont(string faceName) => Faces.TryGetValue(faceName, out var bytes) ? bytes : null;
    }

    /// <summary>A .ttf/.otf as it is; of a TrueType collection (.ttc) its first face as a standalone font file.</summary>
    internal static byte[] FirstFace(byte[] file)
    {
        if (file.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(file) != 0x74746366) // "ttcf"
        {
            return file;
        }

        var start = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(start + 4));
        var headerLength = 12 + (16 * tables);
        var records = new List<(uint Tag, uint Checksum, int Offset, int Length)>(tables);
        for (var i = 0; i < tables; i++)
        {
            var record = file.AsSpan(start + 12 + (16 * i));
            records.Add((BinaryPrimitives.ReadUInt32BigEndian(record), BinaryPrimitives.ReadUInt32BigEndian(record[4..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
        }

        var size = headerLength + records.Sum(r => (r.Length + 3) & ~3);
        var output = new byte[size];
        file.AsSpan(start, 12).CopyTo(output);
        var offset = headerLength;
        for (var i = 0; i < records.Count; i++)
        {
            var (tag, checksum, from, length) = records[i];
            var record = output.AsSpan(12 + (16 * i));
            BinaryPrimitives.WriteUInt32BigEndian(record, tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], checksum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)length);
            file.AsSpan(from, length).CopyTo(output.AsSpan(offset));
            offset += (length + 3) & ~3;
        }

        return output;
    }
}
