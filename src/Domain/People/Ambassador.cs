using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.People;

/// <summary>
/// An investment ambassador (招商大使, DOMAIN.md §5): a person appointed for one year with a certificate number unique in that
/// year. The people part of the registry (<c>Ambassador.Registry.cs</c>) adds the rest; credits and leads point here by id.
/// </summary>
public sealed partial class Ambassador : AuditableEntity
{
    public const int NameMaxLength = 64;
    public const int CertificateNumberMaxLength = 32;

    private Ambassador()
    {
        Name = string.Empty;
        CertificateNumber = string.Empty;
    }

    /// <summary>The year of the appointment; a new year is a new appointment (a new row).</summary>
    public int Year { get; private set; }

    public string Name { get; private set; }

    /// <summary>Unique among the ambassadors of <see cref="Year"/>.</summary>
    public string CertificateNumber { get; private set; }

    public static Ambassador Appoint(int year, string name, string certificateNumber, Guid? by, DateTimeOffset now)
    {
        var ambassador = new Ambassador();
        ambassador.SetCore(year, name, certificateNumber);
        ambassador.Stamp(by, now);
        return ambassador;
    }

    private void SetCore(int year, string name, string certificateNumber)
    {
        if (year is < 2000 or > 2100)
        {
            throw DomainRuleException.Invalid("ambassador.year-invalid", "The appointment year is out of range.");
        }

        Year = year;
        Name = Guard.Text(name, NameMaxLength, "ambassador.name-invalid", "Ambassador name");
        CertificateNumber = Guard.Text(certificateNumber, CertificateNumberMaxLength, "ambassador.certificate-invalid", "Certificate number");
    }

    public void Delete(Guid? by, DateTimeOffset now) => MarkDeleted(by, now);
}
