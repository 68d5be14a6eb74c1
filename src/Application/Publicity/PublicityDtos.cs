using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Publicity;

namespace InvestPromo.Application.Publicity;

/// <summary>The publicity list's filters, shared by the list and its export.</summary>
public sealed record PublicityFilter(int? Year = null, Guid? AssociationId = null, string? Search = null);

/// <summary>A publicity item with the association it credits.</summary>
public sealed record PublicityItemDto(
    Guid Id, string Medium, DateOnly PublishedOn, string Title, string Url, Guid AssociationId, string AssociationName, DateTimeOffset CreatedAt, int Version);

public sealed class PublicityFilterValidator : AbstractValidator<PublicityFilter>
{
    public PublicityFilterValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2099);
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

/// <summary>The input's shape, shared by recording and editing.</summary>
public interface IPublicityInput
{
    string Medium { get; }

    DateOnly PublishedOn { get; }

    string Title { get; }

    string Url { get; }

    Guid AssociationId { get; }
}

public static class PublicityQueries
{
    /// <summary>The center (reviewers, admins) and leaders see every item; an association's user its own association's; others none.</summary>
    public static IQueryable<PublicityItem> VisibleTo(this IQueryable<PublicityItem> items, ICurrentUser user)
    {
        if (user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Leader))
        {
            return items;
        }

        return user.IsInRole(Roles.Association) && user.AssociationId is { } associationId
            ? items.Where(i => i.AssociationId == associationId)
            : items.Where(_ => false);
    }

    public static IQueryable<PublicityItem> Filter(this IQueryable<PublicityItem> items, PublicityFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            items = items.Where(i => i.PublishedOn >= from && i.PublishedOn <= to);
        }

        if (filter.AssociationId is { } associationId)
        {
            items = items.Where(i => i.AssociationId == associationId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            items = items.Where(i => i.Title.Contains(term) || i.Medium.Contains(term));
        }

        return items;
    }

    public static IQueryable<PublicityItemDto> ProjectToDto(this IQueryable<PublicityItem> items, IApplicationDbContext db) =>
        items.OrderByDescending(i => i.PublishedOn).ThenByDescending(i => i.Id)
            .Select(i => new PublicityItemDto(
                i.Id, i.Medium, i.PublishedOn, i.Title, i.Url, i.AssociationId,
                db.Associations.IgnoreQueryFilters().Where(a => a.Id == i.AssociationId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                i.CreatedAt, i.Version));

    /// <summary>The shape of an item: required texts within their lengths, a date, an http(s) link.</summary>
    public static void AddPublicityRules<T>(this AbstractValidator<T> validator)
        where T : IPublicityInput
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => x.Medium).NotEmpty().MaximumLength(PublicityItem.MediumMaxLength).SingleLineText();
        validator.RuleFor(x => x.Title).NotEmpty().MaximumLength(PublicityItem.TitleMaxLength).SingleLineText();
        validator.RuleFor(x => x.PublishedOn).InDateRange();
        validator.RuleFor(x => x.AssociationId).NotEmpty();
        validator.RuleFor(x => x.Url).NotEmpty().WithName(_ => new Localized("链接", "Link").Current).MaximumLength(PublicityItem.UrlMaxLength)
            .Must(PublicityItem.IsWebAddress)
            .WithMessage(_ => new Localized("“链接”应为以 http:// 或 https:// 开头的网址。", "Link must be an http:// or https:// address.").Current);
    }

    /// <summary>The credited association exists (else 400 on <c>associationId</c>).</summary>
    public static async Task EnsureAssociationAsync(this IApplicationDbContext db, Guid associationId, CancellationToken ct)
    {
        if (!await db.Associations.AnyAsync(a => a.Id == associationId, ct))
        {
            throw RequestValidationException.For("associationId", new Localized("所选“商协会”不存在，请重新选择。", "The chosen association does not exist; choose another.").Current);
        }
    }
}
