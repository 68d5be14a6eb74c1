namespace InvestPromo.Infrastructure.Documents;

/// <summary>Settings of generated documents (section <c>Documents</c>).</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>
    /// Fonts with Chinese glyphs, tried in order; the first that exists is used (of a .ttc collection its first face). None found:
    /// no PDF (409 <c>certificate.font-missing</c>), and the SPA prints its own certificate page instead.
    /// </summary>
    public IList<string>? ChineseFontPaths { get; set; }

    /// <summary>The configured paths, or (none configured) <see cref="DefaultChineseFontPaths"/>; binding a list onto a filled one would append.</summary>
    public IReadOnlyList<string> FontPaths => ChineseFontPaths is { Count: > 0 } paths ? [.. paths] : DefaultChineseFontPaths;

    public static IReadOnlyList<string> DefaultChineseFontPaths { get; } =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        "C:\\Windows\\Fonts\\msyh.ttc",
        "C:\\Windows\\Fonts\\simsun.ttc",
    ];
}
