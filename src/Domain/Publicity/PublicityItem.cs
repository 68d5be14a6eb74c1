using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Publicity;

/// <summary>
/// A publicity item (宣传报道): a report in a medium on a date, its title and link, crediting an association. The center records
/// them; the association reads its own; the evaluation counts them.
/// </summary>
public sealed class PublicityItem : AuditableEntity
{
    public const int MediumMaxLength = 100;
    public const int TitleMaxLength = 200;
    public const int UrlMaxLength = 1000;

    private PublicityItem()
    {
        Medium = string.Empty;
        Title = string.Empty;
        Url = string.Empty;
    }

    public string Medium { get; private set; }

    public DateOnly PublishedOn { get; private set; }

    public string Title { get; private set; }

    /// <summary>An absolute http or https address.</summary>
    public string Url { get; private set; }

    public Guid AssociationId { get; private set; }

    /// <summary>The caller has checked that the association exists.</summary>
    public static PublicityItem Record(string medium, DateOnly publishedOn, string title, string url, Guid associationId, Guid? by, DateTimeOffset now)
    {
        var item = new PublicityItem();
        item.Update(medium, publishedOn, title, url, associationId);
        item.Stamp(by, now);
        return item;
    }

    public void Update(string medium, DateOnly publishedOn, string title, string url, Guid associationId)
    {
        if (!IsWebAddress(url))
        {
            throw DomainRuleException.Invalid("publicity.url-invalid", "The link must be an http or https address.");
        }

        Medium = Guard.Text(medium, MediumMaxLength, "publicity.text-invalid", "Medium");
        Title = Guard.Text(title, TitleMaxLength, "publicity.text-invalid", "Title");
        Url = url.Trim();
        PublishedOn = publishedOn;
        AssociationId = associationId;
    }

    public void Delete(Guid? by, DateTimeOffset now) => MarkDeleted(by, now);

    /// <summary>An absolute http:// or https:// address with a host, at most 1000 characters.</summary>
    public static bool IsWebAddress(string? url) =>
        !string.IsNullOrWhiteSpace(url) && url.Trim().Length <= UrlMaxLength
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host)
        && Guard.IsSingleLineText(url.Trim());
}
