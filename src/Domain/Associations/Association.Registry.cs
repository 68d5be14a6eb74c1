using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Associations;

/// <summary>The registry's details of an association (issue 14 item 1): profile, officers and their contacts, status.</summary>
public sealed partial class Association
{
    public const int PersonNameMaxLength = 64;
    public const int ContactMaxLength = 64;
    public const int LiaisonLeaderMaxLength = 64;
    public const int MemberCountMax = 1_000_000;

    /// <summary>会长.</summary>
    public string? PresidentName { get; private set; }

    /// <summary>The president's phone or e-mail: only the center reads it.</summary>
    public string? PresidentContact { get; private set; }

    /// <summary>秘书长.</summary>
    public string? SecretaryGeneralName { get; private set; }

    /// <summary>The secretary-general's phone or e-mail: only the center reads it.</summary>
    public string? SecretaryGeneralContact { get; private set; }

    /// <summary>
    /// The profile's facts. The caller has checked that <paramref name="homeRegionCode"/> is a code of the region list.
    /// </summary>
    public void UpdateProfile(string? homeRegionCode, DateOnly? foundedOn, int? memberCount, string? liaisonLeader)
    {
        if (memberCount is < 0 or > MemberCountMax)
        {
            throw DomainRuleException.Invalid("association.member-count-invalid", "The member count must be between 0 and 1,000,000.");
        }

        HomeRegionCode = Guard.OptionalText(homeRegionCode, 16, "association.region-invalid", "Home region");
        FoundedOn = foundedOn;
        MemberCount = memberCount;
        LiaisonLeader = Guard.OptionalText(liaisonLeader, LiaisonLeaderMaxLength, "association.liaison-invalid", "Liaison leader");
    }

    /// <summary>President and secretary-general, each with a phone or e-mail.</summary>
    public void UpdateOfficers(string? presidentName, string? presidentContact, string? secretaryGeneralName, string? secretaryGeneralContact)
    {
        PresidentName = Guard.OptionalText(presidentName, PersonNameMaxLength, "association.officer-invalid", "President");
        PresidentContact = Guard.OptionalText(presidentContact, ContactMaxLength, "association.officer-invalid", "President's contact");
        SecretaryGeneralName = Guard.OptionalText(secretaryGeneralName, PersonNameMaxLength, "association.officer-invalid", "Secretary-general");
        SecretaryGeneralContact = Guard.OptionalText(secretaryGeneralContact, ContactMaxLength, "association.officer-invalid", "Secretary-general's contact");
    }

    /// <summary>Whether the life of an association may go from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool MayChangeStatus(AssociationStatus from, AssociationStatus to) => (from, to) switch
    {
        (AssociationStatus.Preparatory, AssociationStatus.Established) => true,
        (AssociationStatus.Preparatory, AssociationStatus.Dissolved) => true,
        (AssociationStatus.Established, AssociationStatus.Dissolved) => true,
        _ => false,
    };

    /// <summary>筹备组 → established → dissolved (or 筹备组 → dissolved); anything else is 409 <c>association.status-change-invalid</c>.</summary>
    public void ChangeStatus(AssociationStatus to)
    {
        if (!Enum.IsDefined(to) || !MayChangeStatus(Status, to))
        {
            throw DomainRuleException.Conflict("association.status-change-invalid", $"An association cannot go from {Status} to {to}.");
        }

        Status = to;
    }

    /// <summary>A new association starting as a 筹备组 (the registry's create); established ones are created established.</summary>
    public void StartAs(AssociationStatus status)
    {
        if (status is not (AssociationStatus.Preparatory or AssociationStatus.Established))
        {
            throw DomainRuleException.Conflict("association.status-change-invalid", "A new association is a 筹备组 or established.");
        }

        Status = status;
    }
}
