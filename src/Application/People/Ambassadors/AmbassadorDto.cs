using InvestPromo.Domain.People;

namespace InvestPromo.Application.People.Ambassadors;

/// <summary>An ambassador's appointment as a caller reads it: phone and e-mail only for center staff (<see cref="PeopleContacts"/>), else null.</summary>
public sealed record AmbassadorDto(
    Guid Id,
    int Year,
    string Name,
    string CertificateNumber,
    string? Phone,
    string? Email,
    string? Organisation,
    string? Title,
    string? CityRegionCode,
    string? CityName,
    Guid? IndustryChainId,
    string? IndustryChainName,
    Guid? AssociationId,
    string? AssociationName,
    DateOnly? AppointedOn,
    string? Note,
    int Version,
    DateTimeOffset CreatedAt);

/// <summary>A credit naming the ambassador as recommender: the project and where the claim stands.</summary>
public sealed record AmbassadorCreditDto(Guid CreditId, Guid FilingId, string ProjectName, Domain.Credits.CreditStatus Status, DateTimeOffset ProposedAt);

/// <summary>A lead whose source is the ambassador: the company, where the lead stands and who pursues it.</summary>
public sealed record AmbassadorLeadDto(Guid LeadId, string CompanyName, Domain.Leads.LeadStatus Status, string? AssignedUnitName, DateTimeOffset CreatedAt);

/// <summary>
/// One ambassador with the projects credited to them (<see cref="Domain.Credits.RecommenderKind.Ambassador"/>), the leads they
/// brought (<see cref="Domain.Leads.LeadSourceKind.Ambassador"/>), and the home city that issues the certificate (as the PDF prints it).
/// </summary>
public sealed record AmbassadorDetailDto(AmbassadorDto Ambassador, IReadOnlyList<AmbassadorCreditDto> Credits, IReadOnlyList<AmbassadorLeadDto> Leads, string IssuerCityName);

/// <summary>The ambassador list's filters, shared by the list and its export.</summary>
public sealed record AmbassadorFilter(int? Year = null, string? Search = null, Guid? IndustryChainId = null, string? CityRegionCode = null);

public static class AmbassadorQueries
{
    public static IQueryable<Ambassador> Filter(this IQueryable<Ambassador> ambassadors, AmbassadorFilter filter)
    {
        if (filter.Year is { } year)
        {
            ambassadors = ambassadors.Where(a => a.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            ambassadors = ambassadors.Where(a => a.Name.Contains(term) || a.CertificateNumber.Contains(term) || (a.Organisation != null && a.Organisation.Contains(term)));
        }

        if (filter.IndustryChainId is { } chain)
        {
            ambassadors = ambassadors.Where(a => a.IndustryChainId == chain);
        }

        if (!string.IsNullOrWhiteSpace(filter.CityRegionCode))
        {
            var prefix = RegionArea.Prefix(filter.CityRegionCode);
            ambassadors = ambassadors.Where(a => a.CityRegionCode != null && a.CityRegionCode.StartsWith(prefix));
        }

        return ambassadors;
    }

    /// <summary>The DTO with names looked up in the same query; contacts only when <paramref name="contacts"/>.</summary>
    public static IQueryable<AmbassadorDto> ToDtos(this IQueryable<Ambassador> ambassadors, IApplicationDbContext db, bool contacts) =>
        ambassadors.Select(a => new AmbassadorDto(
            a.Id,
            a.Year,
            a.Name,
            a.CertificateNumber,
            contacts ? a.Phone : null,
            contacts ? a.Email : null,
            a.Organisation,
            a.Title,
            a.CityRegionCode,
            db.SourceRegions.Where(r => r.Code == a.CityRegionCode).Select(r => r.Name).FirstOrDefault(),
            a.IndustryChainId,
            db.IndustryChains.Where(c => c.Id == a.IndustryChainId).Select(c => c.Name).FirstOrDefault(),
            a.AssociationId,
            db.Associations.Where(s => s.Id == a.AssociationId).Select(s => s.Name).FirstOrDefault(),
            a.AppointedOn,
            a.Note,
            a.Version,
            a.CreatedAt));

    public static async Task<AmbassadorDto> ReadAsync(IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken ct) =>
        await db.Ambassadors.AsNoTracking().Where(a => a.Id == id).ToDtos(db, PeopleContacts.MaySee(user)).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException(nameof(Ambassador), id);

    /// <summary>The name of the home city (<see cref="ReferenceData.RegionOptions.HomeCityCode"/>) that appoints ambassadors and issues their certificates.</summary>
    public static async Task<string> IssuerCityNameAsync(IApplicationDbContext db, ReferenceData.RegionOptions region, CancellationToken ct) =>
        await db.SourceRegions.AsNoTracking().Where(r => r.Code == region.HomeCityCode).Select(r => r.Name).FirstOrDefaultAsync(ct) ?? region.HomeCityCode;

    /// <summary>409 <c>ambassador.certificate-exists</c> when another live appointment of the year has the number.</summary>
    public static async Task EnsureCertificateFreeAsync(IApplicationDbContext db, int year, string certificateNumber, Guid? except, CancellationToken ct)
    {
        var number = certificateNumber.Trim();
        var taken = await db.Ambassadors.AsNoTracking().Where(a => a.Year == year && a.CertificateNumber == number && a.Id != except)
            .Select(a => a.CertificateNumber).ToListAsync(ct);
        Ambassador.EnsureCertificateFree(number, taken);
    }
}

/// <summary>The request shape the create and update commands share.</summary>
public interface IAmbassadorFields
{
    string Name { get; }

    string CertificateNumber { get; }

    string? Phone { get; }

    string? Email { get; }

    string? Organisation { get; }

    string? Title { get; }

    string? CityRegionCode { get; }

    Guid? IndustryChainId { get; }

    Guid? AssociationId { get; }

    DateOnly? AppointedOn { get; }

    string? Note { get; }
}

public static class AmbassadorFields
{
    public static void AddFieldRules<T>(this AbstractValidator<T> v)
        where T : IAmbassadorFields
    {
        v.RuleFor(x => x.Name).NotEmpty().MaximumLength(Ambassador.NameMaxLength).SingleLineText();
        v.RuleFor(x => x.CertificateNumber).NotEmpty().MaximumLength(Ambassador.CertificateNumberMaxLength).SingleLineText();
        v.RuleFor(x => x.Phone).MaximumLength(Ambassador.ContactMaxLength).SingleLineText();
        v.RuleFor(x => x.Email).MaximumLength(Ambassador.ContactMaxLength).SingleLineText().Email();
        v.RuleFor(x => x.Organisation).MaximumLength(Ambassador.OrganisationMaxLength).SingleLineText();
        v.RuleFor(x => x.Title).MaximumLength(Ambassador.TitleMaxLength).SingleLineText();
        v.RuleFor(x => x.CityRegionCode).MaximumLength(Ambassador.RegionCodeMaxLength).RegionCode();
        v.RuleFor(x => x.AppointedOn).InDateRange();
        v.RuleFor(x => x.Note).MaximumLength(Ambassador.NoteMaxLength).MultiLineText();
    }

    public static AmbassadorDetails Details(this IAmbassadorFields f) =>
        new(f.Phone, f.Email, f.Organisation, f.Title, f.CityRegionCode?.Trim(), f.IndustryChainId, f.AssociationId, f.AppointedOn, f.Note);
}
