using InvestPromo.Domain.Leads;

namespace InvestPromo.Application.Leads.Commands.MergeLead;

/// <summary>The center merges a lead into another (the same investment): not into itself, not into a merged one (409).</summary>
public sealed record MergeLeadCommand(Guid Id, Guid TargetLeadId, string? Note, int Version) : ICommand<LeadDto>;

public sealed class MergeLeadValidator : AbstractValidator<MergeLeadCommand>
{
    public MergeLeadValidator()
    {
        RuleFor(x => x.TargetLeadId).NotEmpty();
        RuleFor(x => x.Note).MaximumLength(Lead.ReasonMaxLength).MultiLineText();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class MergeLeadHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MergeLeadCommand, LeadDto>
{
    public async ValueTask<LeadDto> Handle(MergeLeadCommand command, CancellationToken cancellationToken)
    {
        var lead = await db.LoadLeadForDecisionAsync(command.Id, command.Version, cancellationToken);
        var target = await db.Leads.FirstOrDefaultAsync(l => l.Id == command.TargetLeadId, cancellationToken)
            ?? throw new NotFoundException(nameof(Lead), command.TargetLeadId);
        lead.MergeInto(target, command.Note, user.UserId, user.ActorName(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.LoadLeadDtoAsync(user, lead.Id, cancellationToken);
    }
}
