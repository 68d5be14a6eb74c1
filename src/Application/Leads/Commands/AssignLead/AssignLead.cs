using InvestPromo.Domain.Leads;

namespace InvestPromo.Application.Leads.Commands.AssignLead;

/// <summary>The center assigns a lead to a carrier unit to pursue (交办); the unit's filers are told.</summary>
public sealed record AssignLeadCommand(Guid Id, Guid UnitId, string? Note, int Version) : ICommand<LeadDto>;

public sealed class AssignLeadValidator : AbstractValidator<AssignLeadCommand>
{
    public AssignLeadValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.UnitId).NotEmpty()
            .MustAsync(async (id, ct) => await db.Units.AnyAsync(u => u.Id == id, ct))
            .WithMessage(_ => new Localized("所选“承办单位”不存在，请重新选择。", "The chosen carrier unit does not exist; choose another.").Current);
        RuleFor(x => x.Note).MaximumLength(Lead.ReasonMaxLength).MultiLineText();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class AssignLeadHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AssignLeadCommand, LeadDto>
{
    public async ValueTask<LeadDto> Handle(AssignLeadCommand command, CancellationToken cancellationToken)
    {
        var lead = await db.LoadLeadForDecisionAsync(command.Id, command.Version, cancellationToken);
        lead.AssignTo(command.UnitId, command.Note, user.UserId, user.ActorName(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.LoadLeadDtoAsync(user, lead.Id, cancellationToken);
    }
}
