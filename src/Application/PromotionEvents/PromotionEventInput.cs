using InvestPromo.Application.Common.Security;
using InvestPromo.Application.Filings;
using InvestPromo.Application.Leads;
using InvestPromo.Domain.PromotionEvents;

namespace InvestPromo.Application.PromotionEvents;

/// <summary>What recording, proposing and editing an event send.</summary>
public interface IPromotionEventInput
{
    PromotionEventKind Kind { get; }

    string Title { get; }

    DateOnly StartsOn { get; }

    DateOnly EndsOn { get; }

    string Place { get; }

    Guid? OrganiserUnitId { get; }

    IReadOnlyList<EventAssociationInput>? Associations { get; }

    int InvitedCompanyCount { get; }

    IReadOnlyList<string>? InvitedCompanies { get; }

    IReadOnlyList<Guid>? LeadIds { get; }

    IReadOnlyList<Guid>? FilingIds { get; }

    string? Summary { get; }
}

public static class PromotionEventInputRules
{
    /// <summary>The shape of an event's input (the domain checks the same again).</summary>
    public static void AddEventRules<T>(this AbstractValidator<T> validator)
        where T : IPromotionEventInput
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => x.Kind).IsDefinedValue();
        validator.RuleFor(x => x.Title).NotEmpty().MaximumLength(PromotionEvent.TitleMaxLength).SingleLineText();
        validator.RuleFor(x => x.Place).NotEmpty().MaximumLength(PromotionEvent.PlaceMaxLength).SingleLineText();
        validator.RuleFor(x => x.Summary).MaximumLength(PromotionEvent.SummaryMaxLength).MultiLineText();
        validator.RuleFor(x => x.StartsOn).InDateRange();
        validator.RuleFor(x => x.EndsOn).InDateRange()
            .GreaterThanOrEqualTo(x => x.StartsOn)
            .WithMessage(_ => new Localized("“结束日期”不能早于“开始日期”。", "End date cannot be before the start date.").Current);
        validator.RuleFor(x => x.Associations)
            .Must(a => a is null || a.Count <= PromotionEvent.MaxAssociations)
            .WithMessage(_ => new Localized("“参与商协会”最多 50 个。", "At most 50 associations.").Current)
            .Must(a => a is null || a.Select(p => p.AssociationId).Distinct().Count() == a.Count)
            .WithMessage(_ => new Localized("每个商协会只能选择一次。", "Each association may be chosen once.").Current);
        validator.RuleForEach(x => x.Associations).ChildRules(p =>
        {
            p.RuleFor(a => a.AssociationId).NotEmpty();
            p.RuleFor(a => a.Role).IsDefinedValue();
        });
        validator.RuleFor(x => x.InvitedCompanyCount).InclusiveBetween(0, PromotionEvent.MaxInvitedCompanyCount)
            .GreaterThanOrEqualTo(x => x.InvitedCompanies == null ? 0 : x.InvitedCompanies.Count(n => !string.IsNullOrWhiteSpace(n)))
            .WithMessage(_ => new Localized("“邀请企业数”不能少于所列企业名单的数量。", "Companies invited cannot be fewer than the names listed.").Current);
        validator.RuleFor(x => x.InvitedCompanies)
            .Must(n => n is null || n.Count <= PromotionEvent.MaxInvitedCompanies)
            .WithMessage(_ => new Localized("“邀请企业名单”最多 200 家。", "At most 200 invited companies.").Current)
            .Must(n => n is null || n.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim()).Distinct(StringComparer.Ordinal).Count() == n.Count(x => !string.IsNullOrWhiteSpace(x)))
            .WithMessage(_ => new Localized("“邀请企业名单”中有重复的企业。", "The invited companies list a company twice.").Current);
        validator.RuleForEach(x => x.InvitedCompanies).MaximumLength(PromotionEvent.CompanyNameMaxLength).SingleLineText();
        validator.RuleFor(x => x.LeadIds)
            .Must(ids => ids is null || (ids.Count <= PromotionEvent.MaxLinks && ids.Distinct().Count() == ids.Count))
            .WithMessage(_ => new Localized("“关联线索”最多 100 条，且不能重复。", "At most 100 leads, each once.").Current);
        validator.RuleFor(x => x.FilingIds)
            .Must(ids => ids is null || (ids.Count <= PromotionEvent.MaxLinks && ids.Distinct().Count() == ids.Count))
            .WithMessage(_ => new Localized("“现场签约项目”最多 100 个，且不能重复。", "At most 100 signed projects, each once.").Current);
    }

    /// <summary>
    /// Checks what the input names exists and is the caller's to name (else 400 on the field) and builds the domain's value.
    /// A filer's event is organised by its own unit whatever was sent; an association's associations must not be dissolved.
    /// </summary>
    public static async Task<PromotionEventDetails> ToDetailsAsync(
        this IPromotionEventInput input, IApplicationDbContext db, ICurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var associations = input.Associations ?? [];
        var leadIds = input.LeadIds ?? [];
        var filingIds = input.FilingIds ?? [];
        var organiser = input.OrganiserUnitId;
        if (user.IsInRole(Roles.Filer))
        {
            organiser = user.UnitId ?? throw new ForbiddenAccessException("Only a filer bound to a unit can record an event.");
        }
        else if (organiser is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            throw RequestValidationException.For("organiserUnitId", new Localized("所选“主办单位”不存在，请重新选择。", "The chosen organiser does not exist; choose another.").Current);
        }

        if (associations.Count > 0)
        {
            var ids = associations.Select(a => a.AssociationId).ToList();
            var found = await db.Associations.Where(a => ids.Contains(a.Id)).ToListAsync(ct);
            if (found.Count != ids.Count)
            {
                throw RequestValidationException.For("associations", new Localized("所选“参与商协会”中有不存在的商协会，请重新选择。", "A chosen association does not exist; choose again.").Current);
            }

            foreach (var association in found)
            {
                association.EnsureNotDissolved();
            }
        }

        if (leadIds.Count > 0
            && await db.Leads.VisibleTo(db, user).CountAsync(l => leadIds.Contains(l.Id), ct) != leadIds.Count)
        {
            throw RequestValidationException.For("leadIds", new Localized("所选“关联线索”中有不存在或无权查看的线索。", "A chosen lead does not exist or is not yours to see.").Current);
        }

        if (filingIds.Count > 0)
        {
            var filings = user.IsInRole(Roles.Association) ? db.Filings.Where(f => f.Status != Domain.Filings.FilingStatus.Draft) : db.Filings.VisibleTo(user);
            if (await filings.CountAsync(f => filingIds.Contains(f.Id), ct) != filingIds.Count)
            {
                throw RequestValidationException.For("filingIds", new Localized("所选“现场签约项目”中有不存在或无权查看的项目。", "A chosen signed project does not exist or is not yours to see.").Current);
            }
        }

        return new PromotionEventDetails(
            input.Kind, input.Title, input.StartsOn, input.EndsOn, input.Place, organiser,
            [.. associations.Select(a => (a.AssociationId, a.Role))], input.InvitedCompanyCount, input.InvitedCompanies ?? [],
            [.. leadIds], [.. filingIds], input.Summary);
    }
}
