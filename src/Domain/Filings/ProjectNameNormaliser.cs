using System.Globalization;
using System.Text;

namespace InvestPromo.Domain.Filings;

/// <summary>
/// The key two filings' names are compared on for duplicate detection (DOMAIN.md §1): NFKC (full-width → half-width),
/// Latin lower-cased, whitespace, punctuation and symbols removed, then the common words that say nothing about the
/// project (项目, 有限公司, 建设, 一期 …) removed, longest first. "Near-identical" means equal keys: an exact match on a
/// stored, indexed column, so the check runs in SQL and a reviewer can see why two names matched (no fuzzy score).
/// </summary>
public static class ProjectNameNormaliser
{
    /// <summary>Longest first, so 股份有限公司 goes as a whole before 有限公司 or 公司 could split it.</summary>
    public static readonly IReadOnlyList<string> CommonWords =
        ["股份有限公司", "有限责任公司", "有限公司", "项目", "集团", "公司", "建设", "工程", "一期", "二期"];

    /// <summary>The comparison key, or null when nothing is left (a name of only common words matches nothing).</summary>
    public static string? Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var folded = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!IsNoise(c))
            {
                kept.Append(c);
            }
        }

        foreach (var word in CommonWords)
        {
            kept.Replace(word, string.Empty);
        }

        return kept.Length == 0 ? null : kept.ToString();
    }

    private static bool IsNoise(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control
            or UnicodeCategory.Format => true,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation => true,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => true,
        _ => false,
    };
}
