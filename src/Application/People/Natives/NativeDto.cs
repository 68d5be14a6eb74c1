using InvestPromo.Domain.People;

namespace InvestPromo.Application.People.Natives;

/// <summary>A notable native as a caller reads it: phone and e-mail only for center staff (<see cref="PeopleContacts"/>), else null.</summary>
public sealed record NativeDto(
    Guid Id,
    string Name,
    string? NativeCounty,
    string? Company,
    string? Position,
    Guid? IndustryChainId,
    string? IndustryChainName,
    string? CityRegionCode,
    string? CityName,
    Guid? AssociationId,
    string? AssociationName,
    bool IsListed,
    IReadOnlyList<string> Tags,
    string? Phone,
    string? Email,
    int Version,
    DateTimeOffset CreatedAt);

/// <summary>The directory's filters, shared by the list and its export.</summary>
public sealed record NativeFilter(string? Search = null, Guid? IndustryChainId = null, string? CityRegionCode = null, string? Tag = null, bool? IsListed = null);

public static class NativeQueries
{
    public static IQueryable<NotableNative> Filter(this IQueryable<NotableNative> natives, NativeFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            natives = natives.Where(n => n.Name.Contains(term) || (n.Company != null && n.Company.Contains(term)));
        }

        if (filter.IndustryChainId is { } chain)
        {
            natives = natives.Where(n => n.IndustryChainId == chain);
        }

        if (!string.IsNullOrWhiteSpace(filter.CityRegionCode))
        {
            var prefix = RegionArea.Prefix(filter.CityRegionCode);
            natives = natives.Where(n => n.CityRegionCode != null && n.CityRegionCode.StartsWith(prefix));
        }

        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            var pattern = NotableNative.TagPattern(filter.Tag);
            natives = natives.Where(n => n.TagsText.Contains(pattern));
        }

        if (filter.IsListed is { } listed)
        {
            natives = natives.Where(n => n.IsListed == listed);
        }

        return natives;
    }

    /// <summary>The rows as read from the database, names looked up in the same query.</summary>
    private sealed record Row(
        Guid Id, string Name, string? NativeCounty, string? Company, string? Position, Guid? IndustryChainId, string? IndustryChainName, string? CityRegionCode,
        string? CityName, Guid? AssociationId, string? AssociationName, bool IsListed, string TagsText, string? Phone, string? Email, int Version, DateTimeOffset CreatedAt);

    private static IQueryable<Row> Rows(IQueryable<NotableNative> natives, IApplicationDbContext db, bool contacts) =>
        natives.Select(n => new Row(
            n.Id,
            n.Name,
            n.NativeCounty,
            n.Company,
            n.Position,
            n.IndustryChainId,
            db.IndustryChains.Where(c => c.Id == n.IndustryChainId).Select(c => c.Name).FirstOrDefault(),
            n.CityRegionCode,
            db.SourceRegions.Where(r => r.Code == n.CityRegionCode).Select(r => r.Name).FirstOrDefault(),
            n.AssociationId,
            db.Associations.Where(a => a.Id == n.AssociationId).Select(a => a.Name).FirstOrDefault(),
            n.IsListed,
            n.TagsText,
            contacts ? n.Phone : null,
            contacts ? n.Email : null,
            n.Version,
            n.CreatedAt));

    private static NativeDto ToDto(Row r) => new(
        r.Id, r.Name, r.NativeCounty, r.Company, r.Position, r.IndustryChainId, r.IndustryChainName, r.CityRegionCode, r.CityName, r.AssociationId,
        r.AssociationName, r.IsListed, NotableNative.TagsOf(r.TagsText), r.Phone, r.Email, r.Version, r.CreatedAt);

    /// <summary>Ordered by name; the caller decides paging.</summary>
    public static IOrderedQueryable<NotableNative> Ordered(this IQueryable<NotableNative> natives) => natives.OrderBy(n => n.Name).ThenBy(n => n.Id);

    public static async Task<PagedList<NativeDto>> PageAsync(IQueryable<NotableNative> ordered, IApplicationDbContext db, ICurrentUser user, int page, int pageSize, CancellationToken ct)
    {
        var rows = await Rows(ordered, db, PeopleContacts.MaySee(user)).ToPagedListAsync(page, pageSize, ct);
        return new PagedList<NativeDto>([.. rows.Items.Select(ToDto)], rows.Page, rows.PageSize, rows.TotalCount);
    }

    public static async Task<List<NativeDto>> ListAsync(IQueryable<NotableNative> ordered, IApplicationDbContext db, ICurrentUser user, int max, CancellationToken ct) =>
        [.. (await Rows(ordered.Take(max), db, PeopleContacts.MaySee(user)).ToListAsync(ct)).Select(ToDto)];

    public static async Task<NativeDto> ReadAsync(IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken ct) =>
        (await ListAsync(db.NotableNatives.AsNoTracking().Where(n => n.Id == id).Ordered(), db, user, 1, ct)).FirstOrDefault()
        ?? throw new NotFoundException(nameof(NotableNative), id);
}

/// <summary>The request shape the create and update commands (and an import row) share.</summary>
public interface INativeFields
{
    string Name { get; }

    string? NativeCounty { get; }

    string? Company { get; }

    string? Position { get; }

    Guid? IndustryChainId { get; }

    string? CityRegionCode { get; }

    Guid? AssociationId { get; }

    bool IsListed { get; }

    IReadOnlyList<string>? Tags { get; }

    string? Phone { get; }

    string? Email { get; }
}

public static class NativeFields
{
    public static void AddFieldRules<T>(this AbstractValidator<T> v)
        where T : INativeFields
    {
        v.RuleFor(x => x.Name).NotEmpty().MaximumLength(NotableNative.NameMaxLength).SingleLineText();
        v.RuleFor(x => x.NativeCounty).MaximumLength(NotableNative.CountyMaxLength).SingleLineText();
        v.RuleFor(x => x.Company).MaximumLength(NotableNative.CompanyMaxLength).SingleLineText();
        v.RuleFor(x => x.Position).MaximumLength(NotableNative.PositionMaxLength).SingleLineText();
        v.RuleFor(x => x.CityRegionCode).MaximumLength(NotableNative.RegionCodeMaxLength).RegionCode();
        v.RuleFor(x => x.Tags).Must(t => t is null || t.Count <= NotableNative.MaxTags)
            .WithMessage(_ => new Localized($"标签最多 {NotableNative.MaxTags} 个。", $"At most {NotableNative.MaxTags} tags.").Current);
        v.RuleForEach(x => x.Tags).NotEmpty().MaximumLength(NotableNative.TagMaxLength).SingleLineText()
            .Must(t => t is null || !t.Contains(NotableNative.TagSeparator, StringComparison.Ordinal))
            .WithMessage(_ => new Localized("标签不能包含“|”。", "A tag must not contain '|'.").Current);
        v.RuleFor(x => x.Phone).MaximumLength(NotableNative.ContactMaxLength).SingleLineText();
        v.RuleFor(x => x.Email).MaximumLength(NotableNative.ContactMaxLength).SingleLineText().Email();
    }

    public static NotableNativeDetails Details(this INativeFields f) =>
        new(f.NativeCounty, f.Company, f.Position, f.IndustryChainId, f.CityRegionCode?.Trim(), f.AssociationId, f.IsListed, f.Tags, f.Phone, f.Email);
}
