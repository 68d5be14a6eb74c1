using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.People;

/// <summary>What an ambassador's appointment records besides year, name and certificate number (issue 14 item 3).</summary>
/// <param name="Phone">Contact phone: read by center staff only.</param>
/// <param name="Email">Contact e-mail: read by center staff only.</param>
/// <param name="Organisation">The company or body the ambassador works at.</param>
/// <param name="Title">Their title there (董事长, 总经理 …).</param>
/// <param name="CityRegionCode">The city they live and work in: a code of the region list (SourceRegion.Code), e.g. 440300.</param>
/// <param name="IndustryChainId">The industry chain they know best.</param>
/// <param name="AssociationId">The association they belong to, when any.</param>
/// <param name="AppointedOn">The day of the appointment.</param>
/// <param name="Note">Free text.</param>
public readonly record struct AmbassadorDetails(
    string? Phone,
    string? Email,
    string? Organisation,
    string? Title,
    string? CityRegionCode,
    Guid? IndustryChainId,
    Guid? AssociationId,
    DateOnly? AppointedOn,
    string? Note);

public sealed partial class Ambassador
{
    public const int ContactMaxLength = 64;
    public const int OrganisationMaxLength = 200;
    public const int TitleMaxLength = 64;
    public const int RegionCodeMaxLength = 16;
    public const int NoteMaxLength = 500;

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? Organisation { get; private set; }

    public string? Title { get; private set; }

    /// <summary>A code of the region list (SourceRegion.Code): the city the ambassador is in, e.g. 440300 深圳.</summary>
    public string? CityRegionCode { get; private set; }

    public Guid? IndustryChainId { get; private set; }

    public Guid? AssociationId { get; private set; }

    public DateOnly? AppointedOn { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Appoints with the registry's details. The caller has checked that the certificate number is free in the year.</summary>
    public static Ambassador Appoint(int year, string name, string certificateNumber, AmbassadorDetails details, Guid? by, DateTimeOffset now)
    {
        var ambassador = Appoint(year, name, certificateNumber, by, now);
        ambassador.SetDetails(details);
        return ambassador;
    }

    /// <summary>Edits the appointment (its year stays: another year is a reappointment, a new row).</summary>
    public void Edit(string name, string certificateNumber, AmbassadorDetails details)
    {
        EnsureNotDeleted();
        SetCore(Year, name, certificateNumber);
        SetDetails(details);
    }

    /// <summary>
    /// The appointment for the next year (续聘): a new row for <see cref="Year"/> + 1 with the same person and details and a new
    /// certificate number; this year's row stays as it was. The caller has checked that the number is free in the next year.
    /// </summary>
    public Ambassador Reappoint(string certificateNumber, DateOnly? appointedOn, Guid? by, DateTimeOffset now)
    {
        EnsureNotDeleted();
        var details = new AmbassadorDetails(Phone, Email, Organisation, Title, CityRegionCode, IndustryChainId, AssociationId, appointedOn ?? AppointedOn?.AddYears(1), Note);
        return Appoint(Year + 1, Name, certificateNumber, details, by, now);
    }

    /// <summary>
    /// The uniqueness rule of certificate numbers: one number once per year among the live appointments (trimmed, case ignored).
    /// 409 <c>ambassador.certificate-exists</c> when <paramref name="numbersOfYear"/> (the year's other live numbers) holds it.
    /// </summary>
    public static void EnsureCertificateFree(string certificateNumber, IEnumerable<string> numbersOfYear)
    {
        ArgumentNullException.ThrowIfNull(numbersOfYear);
        var number = certificateNumber?.Trim() ?? string.Empty;
        if (numbersOfYear.Any(n => string.Equals(n.Trim(), number, StringComparison.OrdinalIgnoreCase)))
        {
            throw CertificateExists();
        }
    }

    public static DomainRuleException CertificateExists() =>
        DomainRuleException.Conflict("ambassador.certificate-exists", "The certificate number is already given to another ambassador of that year.");

    private void EnsureNotDeleted()
    {
        if (IsDeleted)
        {
            throw DomainRuleException.Conflict("entity.already-deleted", "The ambassador is deleted.");
        }
    }

    private void SetDetails(AmbassadorDetails details)
    {
        Phone = Guard.OptionalText(details.Phone, ContactMaxLength, "ambassador.contact-invalid", "Phone");
        Email = Guard.OptionalText(details.Email, ContactMaxLength, "ambassador.contact-invalid", "E-mail");
        Organisation = Guard.OptionalText(details.Organisation, OrganisationMaxLength, "ambassador.organisation-invalid", "Organisation");
        Title = Guard.OptionalText(details.Title, TitleMaxLength, "ambassador.organisation-invalid", "Title");
        CityRegionCode = Guard.OptionalText(details.CityRegionCode, RegionCodeMaxLength, "ambassador.city-invalid", "City");
        IndustryChainId = details.IndustryChainId;
        AssociationId = details.AssociationId;
        AppointedOn = details.AppointedOn;
        Note = Guard.OptionalMultiLineText(details.Note, NoteMaxLength, "ambassador.note-invalid", "Note");
    }
}
