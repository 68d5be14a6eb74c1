using InvestPromo.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace InvestPromo.Infrastructure.Identity;

/// <summary>A person who signs in. Exactly one role (kept here too, for listing and the audit trail); a filer has a unit.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>, IAuditable
{
    public const int DisplayNameMaxLength = 64;
    public const int RoleMaxLength = 32;
    public const int LockoutReasonMaxLength = 200;

    public ApplicationUser()
    {
        Id = Guid.CreateVersion7();
        DisplayName = string.Empty;
        Role = string.Empty;
    }

    public string DisplayName { get; set; }

    public string Role { get; set; }

    public Guid? UnitId { get; set; }

    /// <summary>The association a user of role Association belongs to (an admin links them); null for everyone else.</summary>
    public Guid? AssociationId { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastLoginAt { get; set; }

    /// <summary>When the password was last set; the audit trail records its changes (never the hash).</summary>
    public DateTimeOffset? PasswordChangedAt { get; set; }

    /// <summary>When the account was locked after failed sign-ins from many addresses (until <c>LockoutEnd</c>), and why; cleared on unlock.</summary>
    public DateTimeOffset? LockedOutAt { get; set; }

    public string? LockoutReason { get; set; }

    /// <summary>Optimistic concurrency token shown to admins' clients, like every entity's.</summary>
    public int Version { get; set; }
}

public sealed class ApplicationRole : IdentityRole<Guid>
{
    public ApplicationRole()
    {
        Id = Guid.CreateVersion7();
    }

    public ApplicationRole(string name)
        : base(name)
    {
        Id = Guid.CreateVersion7();
    }
}
