using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.People;

/// <summary>What the directory records of a notable native besides the name (issue 14 item 3).</summary>
/// <param name="NativeCounty">Where they come from: a county code of the home city (430721) or free text (汉寿县).</param>
/// <param name="Company">Their company.</param>
/// <param name="Position">Their position there.</param>
/// <param name="IndustryChainId">The industry chain of the company.</param>
/// <param name="CityRegionCode">Where they do business: a code of the region list, e.g. 110000 北京, 440300 深圳.</param>
/// <param name="AssociationId">The association they are a member of, when any.</param>
/// <param name="IsListed">Whether the company is listed (上市公司).</param>
/// <param name="Tags">Short free tags (新能源, 返乡意向 …).</param>
/// <param name="Phone">Contact phone: read by center staff only.</param>
/// <param name="Email">Contact e-mail: read by center staff only.</param>
public readonly record struct NotableNativeDetails(
    string? NativeCounty,
    string? Company,
    string? Position,
    Guid? IndustryChainId,
    string? CityRegionCode,
    Guid? AssociationId,
    bool IsListed,
    IReadOnlyList<string>? Tags,
    string? Phone,
    string? Email);

public sealed partial class NotableNative
{
    public const int CountyMaxLength = 64;
    public const int CompanyMaxLength = 200;
    public const int PositionMaxLength = 64;
    public const int RegionCodeMaxLength = 16;
    public const int ContactMaxLength = 64;
    public const int TagMaxLength = 16;
    public const int MaxTags = 10;

    /// <summary>The stored form of <see cref="Tags"/>: "|新能源|上市|", so a tag is found exactly by a LIKE on every provider.</summary>
    public const char TagSeparator = '|';

    public string? NativeCounty { get; private set; }

    public string? Company { get; private set; }

    public string? Position { get; private set; }

    public Guid? IndustryChainId { get; private set; }

    public string? CityRegionCode { get; private set; }

    public Guid? AssociationId { get; private set; }

    public bool IsListed { get; private set; }

    /// <summary>The tags as stored ("|a|b|"); empty when none. Read them with <see cref="TagsOf"/>.</summary>
    public string TagsText { get; private set; } = string.Empty;

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public IReadOnlyList<string> Tags => TagsOf(TagsText);

    public static NotableNative Create(string name, NotableNativeDetails details, Guid? by, DateTimeOffset now)
    {
        var native = Create(name, by, now);
        native.SetDetails(details);
        return native;
    }

    public void Edit(string name, NotableNativeDetails details)
    {
        if (IsDeleted)
        {
            throw DomainRuleException.Conflict("entity.already-deleted", "The record has already been deleted.");
        }

        Rename(name);
        SetDetails(details);
    }

    public static IReadOnlyList<string> TagsOf(string? tagsText) =>
        string.IsNullOrEmpty(tagsText) ? [] : tagsText.Split(TagSeparator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The stored pattern of one tag, for a search: "|新能源|".</summary>
    public static string TagPattern(string tag) => $"{TagSeparator}{tag.Trim()}{TagSeparator}";

    /// <summary>Trimmed, blank ones and repeats dropped, at most <see cref="MaxTags"/> of at most <see cref="TagMaxLength"/> characters, no "|".</summary>
    public static string TagsTextOf(IReadOnlyList<string>? tags)
    {
        var clean = (tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (clean.Count > MaxTags || clean.Any(t => t.Length > TagMaxLength || t.Contains(TagSeparator, StringComparison.Ordinal) || !Guard.IsSingleLineText(t)))
        {
            throw DomainRuleException.Invalid("native.tags-invalid", $"At most {MaxTags} tags of at most {TagMaxLength} characters, without '|'.");
        }

        return clean.Count == 0 ? string.Empty : $"{TagSeparator}{string.Join(TagSeparator, clean)}{TagSeparator}";
    }

    private void SetDetails(NotableNativeDetails details)
    {
        NativeCounty = Guard.OptionalText(details.NativeCounty, CountyMaxLength, "native.county-invalid", "Native county");
        Company = Guard.OptionalText(details.Company, CompanyMaxLength, "native.company-invalid", "Company");
        Position = Guard.OptionalText(details.Position, PositionMaxLength, "native.company-invalid", "Position");
        IndustryChainId = details.IndustryChainId;
        CityRegionCode = Guard.OptionalText(details.CityRegionCode, RegionCodeMaxLength, "native.city-invalid", "City");
        AssociationId = details.AssociationId;
        IsListed = details.IsListed;
        TagsText = TagsTextOf(details.Tags);
        Phone = Guard.OptionalText(details.Phone, ContactMaxLength, "native.contact-invalid", "Phone");
        Email = Guard.OptionalText(details.Email, ContactMaxLength, "native.contact-invalid", "E-mail");
    }
}
