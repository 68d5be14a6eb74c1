using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Leads;

namespace InvestPromo.Application.Leads.Commands.RecordLead;

/// <summary>
/// Anyone inside the system records a lead: a filer for its unit, a reviewer or admin for the center, an association's user for
/// its own association (the source is then that association, whatever was sent). Others may name an association, an ambassador
/// or a unit as the source; the center's source names none.
/// </summary>
public sealed record RecordLeadCommand(
    string CompanyName,
    Guid? IndustryChainId,
    decimal? IntendedInvestment,
    string? SourceRegionCode,
    string? Known,
    LeadSourceKind SourceKind,
    Guid? SourceId) : ICommand<LeadDto>;

public sealed class RecordLeadValidator : AbstractValidator<RecordLeadCommand>
{
    public RecordLeadValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.CompanyName).NotEmpty().MaximumLength(Lead.CompanyNameMaxLength).SingleLineText();
        RuleFor(x => x.Known).MaximumLength(Lead.KnownMaxLength).MultiLineText();
        RuleFor(x => x.SourceKind).IsDefinedValue();
        RuleFor(x => x.IntendedInvestment).Must(v => Money.IsValid(v!.Value)).When(x => x.IntendedInvestment is not null)
            .WithMessage(_ => new Localized("“意向投资额”应为不小于 0 的金额，最多精确到分。", "Intended investment must be an amount of at least 0 with at most two decimals of a yuan.").Current);
        RuleFor(x => x.SourceRegionCode)
            .MustAsync(async (code, ct) => await db.SourceRegions.AnyAsync(r => r.Code == code!.Trim(), ct))
            .When(x => !string.IsNullOrWhiteSpace(x.SourceRegionCode))
            .WithMessage(_ => new Localized("所选“投资来源区域”不存在，请重新选择。", "The chosen source region does not exist; choose another.").Current);
        RuleFor(x => x.IndustryChainId)
            .MustAsync(async (id, ct) => await db.IndustryChains.AnyAsync(c => c.Id == id && c.IsActive, ct))
            .When(x => x.IndustryChainId is not null)
            .WithMessage(_ => new Localized("所选“产业链”不存在或已停用，请重新选择。", "The chosen industry chain does not exist or is inactive; choose another.").Current);
    }
}

public sealed class RecordLeadHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordLeadCommand, LeadDto>
{
    public async ValueTask<LeadDto> Handle(RecordLeadCommand command, CancellationToken cancellationToken)
    {
        var (kind, sourceId) = (command.SourceKind, command.SourceKind == LeadSourceKind.Center ? null : command.SourceId);
        Guid? unitId = null;
        Guid? associationId = null;
        if (user.IsInRole(Roles.Association))
        {
            associationId = user.AssociationId ?? throw new ForbiddenAccessException("This user is not linked to an association.");
            (kind, sourceId) = (LeadSourceKind.Association, associationId);
        }
        else if (user.IsInRole(Roles.Filer))
        {
            unitId = user.UnitId ?? throw new ForbiddenAccessException("Only a filer bound to a unit can record a lead.");
            if (kind == LeadSourceKind.Center)
            {
                (kind, sourceId) = (LeadSourceKind.Unit, unitId);
            }
        }

        if (kind != LeadSourceKind.Center && sourceId is null)
        {
            throw RequestValidationException.For("sourceId", ValidationMessages.Required(FieldDisplayNames.For("SourceId")).Current);
        }

        await EnsureSourceAsync(kind, sourceId, cancellationToken);
        var recorder = new LeadRecorder(user.UserId, user.ActorName(), unitId, associationId);
        var lead = Lead.Record(command.CompanyName, command.IndustryChainId, command.IntendedInvestment, command.SourceRegionCode, command.Known,
            kind, sourceId, recorder, clock.GetUtcNow());
        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        return await db.LoadLeadDtoAsync(user, lead.Id, cancellationToken);
    }

    private async Task EnsureSourceAsync(LeadSourceKind kind, Guid? sourceId, CancellationToken ct)
    {
        var missing = new Localized("所选“来源对象”不存在，请重新选择。", "The chosen source does not exist; choose another.");
        switch (kind)
        {
            case LeadSourceKind.Association:
                var association = await db.Associations.FirstOrDefaultAsync(a => a.Id == sourceId, ct)
                    ?? throw RequestValidationException.For("sourceId", missing.Current);
                association.EnsureNotDissolved();
                break;
            case LeadSourceKind.Ambassador when !await db.Ambassadors.AnyAsync(a => a.Id == sourceId, ct):
            case LeadSourceKind.Unit when !await db.Units.AnyAsync(u => u.Id == sourceId, ct):
                throw RequestValidationException.For("sourceId", missing.Current);
        }
    }
}
